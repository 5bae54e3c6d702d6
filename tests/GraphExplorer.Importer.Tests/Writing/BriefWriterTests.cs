using GraphExplorer.Cypher;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Writing;
using static GraphExplorer.Importer.Tests.Writing.GraphQueries;
using static GraphExplorer.Importer.Tests.Writing.SampleExtractions;

namespace GraphExplorer.Importer.Tests.Writing;

public sealed class BriefWriterTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tuesday = Monday.AddDays(1);

    private readonly IGraphDatabase _database = EmbeddedDatabase.InMemory();
    private readonly BriefWriter _writer;

    public BriefWriterTests()
    {
        new BriefImporter(_database).EnsureSchema();
        _writer = new BriefWriter(_database);
    }

    public void Dispose() => _database.Dispose();

    private static BriefExtraction ScamBrief() => Brief("Cambodia arrests scam suspects",
        ["Cambodia arrested 1,000 suspects.", "Amnesty International accused Cambodia of state complicity.", "Hun Manet leads Cambodia."],
        [
            Entity("country:cambodia", "Cambodia", EntityType.Country, ["Cambodian"], "Cambodia is a country in Southeast Asia.", 0, 1, 2),
            Entity("organization:amnesty-international", "Amnesty International", EntityType.Organization, 1),
            Entity("person:hun-manet", "Hun Manet", EntityType.Person, 2),
        ],
        [
            Relation("organization:amnesty-international", "ALLEGES", "country:cambodia", [1], ["outlet:al-jazeera"], "state complicity", 0.7),
            Relation("person:hun-manet", "LEADS", "country:cambodia", [2], confidence: 0.9),
        ]);

    private static BriefExtraction CeasefireBrief() => Brief("Thailand and Cambodia agree a ceasefire",
        ["Thailand and the Kingdom of Cambodia agreed a ceasefire.", "Amnesty International accused Cambodia of forced labour and of state complicity."],
        [
            Entity("country:cambodia", "Cambodia", EntityType.Country, ["Kingdom of Cambodia", "Phnom Penh"], "Another description.", 0, 1),
            Entity("country:thailand", "Thailand", EntityType.Country, 0),
            Entity("organization:amnesty-international", "Amnesty International", EntityType.Organization, ["Amnesty"], null, 1),
        ],
        [
            Relation("country:thailand", "COOPERATES_WITH", "country:cambodia", [0]),
            Relation("organization:amnesty-international", "ALLEGES", "country:cambodia", [1], ["outlet:the-independent"], "forced labour", 0.6),
            Relation("organization:amnesty-international", "ALLEGES", "country:cambodia", [1], ["outlet:the-independent"], "state complicity", 0.6),
        ]);

    [Fact]
    public void ABriefIsWrittenWithItsSentencesEntitiesAndRelations()
    {
        var result = _writer.Write("brief:one", "scam.txt", ScamBrief(), Monday);

        Assert.False(result.Skipped);
        Assert.Equal((3, 2), (result.EntitiesAdded, result.RelationshipsAdded));
        Assert.Equal(3, result.Nodes.Count);
        Assert.Equal(["ALLEGES", "LEADS"], result.Relationships.Select(r => r.Type).Order());
        Assert.Equal("Cambodia arrests scam suspects", result.Brief.Properties["title"]);
        Assert.Equal("2026-11-23T09:00:00.000Z", result.Brief.Properties["importedAt"]);
        Assert.Equal(3L, Count(_database, "MATCH (:Brief {key: 'brief:one'})-[:HAS_SENTENCE]->(s:Sentence) RETURN count(s)"));
        Assert.Equal(34L, Scalar(_database, "MATCH (s:Sentence {key: 'brief:one:s1'}) RETURN s.start"));
        Assert.Equal(1L, Count(_database, "MATCH (e:Entity:Country {key: 'country:cambodia'}) RETURN count(e)"));
        Assert.Equal(1L, Count(_database, "MATCH (e:Entity:Person {key: 'person:hun-manet'}) RETURN count(e)"));
    }

    [Fact]
    public void ABriefWithoutSentencesIsStillWrittenAndReturned()
    {
        var result = _writer.Write("brief:empty", "empty.txt", Brief("Nothing said", [], [], []), Monday);

        Assert.Equal("Nothing said", result.Brief.Properties["title"]);
        Assert.Equal(1L, Count(_database, "MATCH (b:Brief {key: 'brief:empty'}) RETURN count(b)"));
        Assert.Equal(0L, Count(_database, "MATCH (:Brief {key: 'brief:empty'})-[:HAS_SENTENCE]->(s) RETURN count(s)"));
    }

    [Fact]
    public void MentionsCountTheSentencesNamingTheEntity()
    {
        _writer.Write("brief:one", "scam.txt", ScamBrief(), Monday);

        Assert.Equal(3L, Scalar(_database, "MATCH (:Brief)-[m:MENTIONS]->(:Entity {key: 'country:cambodia'}) RETURN m.count"));
        Assert.Equal(new object?[] { 0L, 1L, 2L },
            (IEnumerable<object?>)Scalar(_database, "MATCH (:Brief)-[m:MENTIONS]->(:Entity {key: 'country:cambodia'}) RETURN m.sentences")!);
    }

    [Fact]
    public void RelationshipsCarryTheirEvidence()
    {
        _writer.Write("brief:one", "scam.txt", ScamBrief(), Monday);

        var alleges = (Relationship)Scalar(_database, "MATCH (:Entity {key: 'organization:amnesty-international'})-[r:ALLEGES]->(:Entity {key: 'country:cambodia'}) RETURN r")!;
        Assert.Equal(["brief:one"], (IEnumerable<object?>)alleges.Properties["briefs"]!);
        Assert.Equal(["brief:one:s1"], (IEnumerable<object?>)alleges.Properties["sentences"]!);
        Assert.Equal(["outlet:al-jazeera"], (IEnumerable<object?>)alleges.Properties["outlets"]!);
        Assert.Equal("state complicity", alleges.Properties["claim"]);
        Assert.Equal(0.7, alleges.Properties["confidence"]);
        Assert.Equal("2026-11-23T09:00:00.000Z", alleges.Properties["firstReported"]);
        Assert.Equal("2026-11-23T09:00:00.000Z", alleges.Properties["lastReported"]);

        var leads = (Relationship)Scalar(_database, "MATCH (:Entity {key: 'person:hun-manet'})-[r:LEADS]->() RETURN r")!;
        Assert.False(leads.Properties.ContainsKey("claim"));
        Assert.Empty((IEnumerable<object?>)leads.Properties["outlets"]!);
    }

    [Fact]
    public void TheSameBriefTwiceIsSkippedAndChangesNothing()
    {
        _writer.Write("brief:one", "scam.txt", ScamBrief(), Monday);
        var before = Dump(_database);

        var again = _writer.Write("brief:one", "copy-of-scam.txt", ScamBrief(), Tuesday);

        Assert.True(again.Skipped);
        Assert.Equal("scam.txt", again.File);
        Assert.Equal((0, 0), (again.EntitiesAdded, again.RelationshipsAdded));
        Assert.Empty(again.Nodes);
        Assert.Empty(again.Relationships);
        Assert.Equal(before, Dump(_database));
    }

    [Fact]
    public void TwoBriefsNamingCambodiaShareOneNodeWhoseAliasesGrow()
    {
        _writer.Write("brief:one", "scam.txt", ScamBrief(), Monday);
        var second = _writer.Write("brief:two", "ceasefire.txt", CeasefireBrief(), Tuesday);

        Assert.Equal(1, second.EntitiesAdded);
        Assert.Equal(3, second.Nodes.Count);
        Assert.Equal(1L, Count(_database, "MATCH (e:Entity {key: 'country:cambodia'}) RETURN count(e)"));
        var cambodia = (Node)Scalar(_database, "MATCH (e:Entity {key: 'country:cambodia'}) RETURN e")!;
        Assert.Equal("Cambodia", cambodia.Properties["name"]);
        Assert.Equal(["Cambodian", "Kingdom of Cambodia", "Phnom Penh"], (IEnumerable<object?>)cambodia.Properties["aliases"]!);
        Assert.Equal("Cambodia is a country in Southeast Asia.", cambodia.Properties["description"]);
        Assert.Equal("2026-11-23T09:00:00.000Z", cambodia.Properties["firstSeen"]);
        Assert.Equal("2026-11-24T09:00:00.000Z", cambodia.Properties["lastSeen"]);
        Assert.Equal(2L, Count(_database, "MATCH (:Brief)-[m:MENTIONS]->(:Entity {key: 'country:cambodia'}) RETURN count(m)"));
    }

    [Fact]
    public void ABriefThatStatesAKnownFactAgainAddsItsEvidence()
    {
        _writer.Write("brief:one", "scam.txt", ScamBrief(), Monday);
        var second = _writer.Write("brief:two", "ceasefire.txt", CeasefireBrief(), Tuesday);

        Assert.Equal(1, second.RelationshipsAdded);
        Assert.Equal(2, second.Relationships.Count);
        Assert.Equal(1L, Count(_database, "MATCH (:Entity {key: 'organization:amnesty-international'})-[r:ALLEGES]->(:Entity {key: 'country:cambodia'}) RETURN count(r)"));
        var alleges = (Relationship)Scalar(_database, "MATCH (:Entity {key: 'organization:amnesty-international'})-[r:ALLEGES]->() RETURN r")!;
        Assert.Equal(["brief:one", "brief:two"], (IEnumerable<object?>)alleges.Properties["briefs"]!);
        Assert.Equal(["brief:one:s1", "brief:two:s1"], (IEnumerable<object?>)alleges.Properties["sentences"]!);
        Assert.Equal(["outlet:al-jazeera", "outlet:the-independent"], (IEnumerable<object?>)alleges.Properties["outlets"]!);
        Assert.Equal("state complicity; forced labour", alleges.Properties["claim"]);
        Assert.Equal(0.7, alleges.Properties["confidence"]);
        Assert.Equal("2026-11-23T09:00:00.000Z", alleges.Properties["firstReported"]);
        Assert.Equal("2026-11-24T09:00:00.000Z", alleges.Properties["lastReported"]);
    }

    [Fact]
    public void SymmetricRelationsStatedInEitherDirectionAreOneRelationship()
    {
        _writer.Write("brief:two", "ceasefire.txt", CeasefireBrief(), Monday);
        _writer.Write("brief:three", "talks.txt", Brief("Talks",
            ["Cambodia and Thailand cooperate."],
            [Entity("country:cambodia", "Cambodia", EntityType.Country, 0), Entity("country:thailand", "Thailand", EntityType.Country, 0)],
            [Relation("country:cambodia", "COOPERATES_WITH", "country:thailand", [0])]), Tuesday);

        Assert.Equal(1L, Count(_database, "MATCH ()-[r:COOPERATES_WITH]->() RETURN count(r)"));
        Assert.Equal(2L, Scalar(_database, "MATCH ()-[r:COOPERATES_WITH]->() RETURN size(r.briefs)"));
    }

    [Fact]
    public void AFailureInsideTheBriefRollsBackAllOfIt()
    {
        _writer.Write("brief:one", "scam.txt", ScamBrief(), Monday);
        var before = Dump(_database);
        var failing = new BriefWriter(new FailingDatabase(_database, failOn: "MERGE (source)-[r:ALLEGES]"));

        Assert.Throws<GraphDatabaseException>(() => failing.Write("brief:two", "ceasefire.txt", CeasefireBrief(), Tuesday));

        Assert.Equal(before, Dump(_database));
        Assert.Null(_writer.FindBrief("brief:two"));
    }
}
