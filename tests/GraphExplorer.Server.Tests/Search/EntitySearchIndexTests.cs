using GraphExplorer.Server.Search;

namespace GraphExplorer.Server.Tests.Search;

public class EntitySearchIndexTests
{
    private static EntitySearchIndex IndexOf(params EntityEntry[] entries)
    {
        var index = new EntitySearchIndex();
        index.Replace(entries);
        return index;
    }

    private static EntityEntry Entry(long id, string name, string type = "Person", long degree = 0, params string[] aliases) =>
        new(id, $"{type.ToLowerInvariant()}:{id}", name, type, aliases, degree);

    [Fact]
    public void ExactNameRanksBeforePrefixEvenWithLowerDegree()
    {
        var index = IndexOf(Entry(1, "Sudanese Armed Forces", "Organization", degree: 50), Entry(2, "Sudan", "Country", degree: 1));
        Assert.Equal(["Sudan", "Sudanese Armed Forces"], index.Search("sudan", null, 10).Select(e => e.Name));
    }

    [Fact]
    public void PrefixMatchesRankByDegree()
    {
        var index = IndexOf(Entry(1, "Chinese Embassy", degree: 2), Entry(2, "China", degree: 30), Entry(3, "Chile", degree: 5));
        Assert.Equal(["China", "Chile"], index.Search("chi", null, 10).Select(e => e.Name).Take(2));
    }

    [Fact]
    public void MatchesAliasesAndWordsInsideNames()
    {
        var index = IndexOf(Entry(1, "Ursula von der Leyen", aliases: "von der Leyen"), Entry(2, "European Commission", "Organization", 0, "EC"));
        Assert.Equal("Ursula von der Leyen", Assert.Single(index.Search("leyen", null, 10)).Name);
        Assert.Equal("European Commission", Assert.Single(index.Search("ec", null, 10)).Name);
    }

    [Fact]
    public void IsAccentAndCaseInsensitive()
    {
        var index = IndexOf(Entry(1, "Recep Tayyip Erdoğan"));
        Assert.Single(index.Search("ERDOGAN", null, 10));
        Assert.Single(index.Search("erdoğ", null, 10));
    }

    [Fact]
    public void ToleratesATypoButRanksItAfterPrefixMatches()
    {
        var index = IndexOf(Entry(1, "Cambodia", "Country", degree: 1), Entry(2, "Cambridge Analytica", "Organization", degree: 9));
        Assert.Equal(["Cambodia"], index.Search("cmabodia", null, 10).Select(e => e.Name));
        var results = index.Search("cambo", null, 10).Select(e => e.Name).ToList();
        Assert.Equal("Cambodia", results[0]);
    }

    [Fact]
    public void FindsSubstringsLast()
    {
        var index = IndexOf(Entry(1, "Houthi movement", "Organization", degree: 1), Entry(2, "Alhouthi Network", "Organization", degree: 100));
        Assert.Equal(["Houthi movement", "Alhouthi Network"], index.Search("houthi", null, 10).Select(e => e.Name));
        Assert.Equal(["Alhouthi Network", "Houthi movement"], index.Search("outhi", null, 10).Select(e => e.Name));
    }

    [Fact]
    public void FiltersByTypeAndHonoursTheLimit()
    {
        var index = IndexOf(Entry(1, "Jordan", "Country"), Entry(2, "Jordan Bardella", "Person"), Entry(3, "Jordan River", "Event"));
        Assert.Equal("Jordan Bardella", Assert.Single(index.Search("jordan", "person", 10)).Name);
        Assert.Equal(2, index.Search("jordan", null, 2).Count);
    }

    [Fact]
    public void UpsertReplacesAnEntryByKey()
    {
        var index = IndexOf(Entry(1, "Old Name"));
        index.Upsert([Entry(1, "New Name", degree: 3)]);
        Assert.Empty(index.Search("old", null, 10));
        Assert.Equal(3, Assert.Single(index.Search("new", null, 10)).Degree);
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void BlankQueriesFindNothing() => Assert.Empty(IndexOf(Entry(1, "China")).Search(" ,. ", null, 10));
}
