using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Writing;
using static GraphExplorer.Importer.Tests.Writing.SampleExtractions;

namespace GraphExplorer.Importer.Tests.Writing;

public sealed class BriefRowsTests
{
    private static readonly string[] Sentences = ["Cambodia cracked down.", "Thailand disputes the border.", "Amnesty accused Cambodia."];

    [Fact]
    public void SentencesGetKeysMadeOfTheBriefKeyAndTheirIndex()
    {
        var rows = BriefRows.Build("brief:abc", Brief("t", Sentences, [], []));
        Assert.Equal(["brief:abc:s0", "brief:abc:s1", "brief:abc:s2"], rows.Sentences.Select(row => row["key"]));
        Assert.Equal(23L, rows.Sentences[1]["start"]);
    }

    [Fact]
    public void AnEntityListedTwiceBecomesOneRowWithAllItsNames()
    {
        var rows = BriefRows.Build("brief:abc", Brief("t", Sentences,
        [
            Entity("country:cambodia", "Cambodia", EntityType.Country, ["Kingdom of Cambodia"], null, 0),
            Entity("country:cambodia", "Cambodia", EntityType.Country, ["Cambodian", "Kingdom of Cambodia"], "Cambodia is a country.", 2),
        ], []));

        var row = Assert.Single(rows.Entities[EntityType.Country]);
        Assert.Equal(["Cambodia", "Kingdom of Cambodia", "Cambodian"], (IEnumerable<object?>)row["names"]!);
        Assert.Equal([0L, 2L], (IEnumerable<object?>)row["sentences"]!);
        Assert.Equal(2L, row["count"]);
        Assert.Equal("Cambodia is a country.", row["description"]);
    }

    [Fact]
    public void RelationsStatedTwiceFoldTheirEvidenceAndClaims()
    {
        var rows = BriefRows.Build("brief:abc", Brief("t", Sentences,
            [Entity("organization:amnesty", "Amnesty International", EntityType.Organization, 2), Entity("country:cambodia", "Cambodia", EntityType.Country, 0)],
            [
                Relation("organization:amnesty", "ALLEGES", "country:cambodia", [2], ["outlet:al-jazeera"], "state complicity", 0.6),
                Relation("organization:amnesty", "ALLEGES", "country:cambodia", [2, 0], ["outlet:al-jazeera"], "forced labour", 0.9),
            ]));

        var row = Assert.Single(rows.Relations["ALLEGES"]);
        Assert.Equal(["brief:abc:s2", "brief:abc:s0"], (IEnumerable<object?>)row["sentences"]!);
        Assert.Equal(["outlet:al-jazeera"], (IEnumerable<object?>)row["outlets"]!);
        Assert.Equal(["state complicity", "forced labour"], (IEnumerable<object?>)row["claims"]!);
        Assert.Equal(0.9, row["confidence"]);
    }

    [Fact]
    public void SymmetricRelationsAreStoredFromTheSmallerKey()
    {
        var rows = BriefRows.Build("brief:abc", Brief("t", Sentences,
            [Entity("country:thailand", "Thailand", EntityType.Country, 1), Entity("country:cambodia", "Cambodia", EntityType.Country, 0)],
            [
                Relation("country:thailand", "TENSION_WITH", "country:cambodia", [1]),
                Relation("country:cambodia", "TENSION_WITH", "country:thailand", [0]),
            ]));

        var row = Assert.Single(rows.Relations["TENSION_WITH"]);
        Assert.Equal("country:cambodia", row["source"]);
        Assert.Equal("country:thailand", row["target"]);
        Assert.Equal(2, ((IReadOnlyList<object?>)row["sentences"]!).Count);
    }

    [Fact]
    public void RelationsWithUnknownTypesEndpointsOrSentencesAreLeftOut()
    {
        var rows = BriefRows.Build("brief:abc", Brief("t", Sentences,
            [Entity("country:cambodia", "Cambodia", EntityType.Country, 0, 99)],
            [
                Relation("country:cambodia", "DETACH DELETE", "country:cambodia", [0]),
                Relation("country:cambodia", "LEADS", "person:nobody", [0]),
                Relation("country:cambodia", "LINKED_TO", "country:cambodia", [7, 0]),
            ]));

        Assert.Equal(["LINKED_TO"], rows.Relations.Keys);
        Assert.Equal(["brief:abc:s0"], (IEnumerable<object?>)rows.Relations["LINKED_TO"][0]["sentences"]!);
        Assert.Equal([0L], (IEnumerable<object?>)rows.Entities[EntityType.Country][0]["sentences"]!);
    }
}
