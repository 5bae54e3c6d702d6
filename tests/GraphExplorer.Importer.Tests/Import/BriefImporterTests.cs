using System.Text;
using GraphExplorer.Cypher;
using GraphExplorer.Graph;
using static GraphExplorer.Importer.Tests.Writing.GraphQueries;

namespace GraphExplorer.Importer.Tests.Import;

public sealed class BriefImporterTests : IDisposable
{
    private const string Seed = "seed-cambodia-scam-crackdown.txt";

    private readonly IGraphDatabase _database = EmbeddedDatabase.InMemory();
    private readonly BriefImporter _importer;

    public BriefImporterTests()
    {
        _importer = new BriefImporter(_database);
        _importer.EnsureSchema();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public void TheSeedBriefBecomesABriefWithSentencesEntitiesAndRelations()
    {
        var result = _importer.Import(Seed, Seeds.Bytes(Seed));

        Assert.False(result.Skipped);
        Assert.StartsWith("brief:", result.BriefKey);
        Assert.Equal(Seed, result.File);
        Assert.Equal(result.BriefKey, result.Brief.Properties["key"]);
        Assert.True(result.EntitiesAdded > 5, $"only {result.EntitiesAdded} entities");
        Assert.Equal(result.RelationshipsAdded, result.Relationships.Count);
        Assert.Equal(result.RelationshipsAdded, Count(_database, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"));
        Assert.Equal(result.EntitiesAdded, result.Nodes.Count);
        Assert.Contains(result.Nodes, node => Equals(node.Properties["key"], "country:cambodia"));
        Assert.True(Count(_database, "MATCH (:Brief)-[:HAS_SENTENCE]->(s:Sentence) RETURN count(s)") > 20);
    }

    [Fact]
    public void SchemaCanBeEnsuredAgain()
    {
        _importer.EnsureSchema();
        _importer.Import(Seed, Seeds.Bytes(Seed));
        Assert.Equal(1L, Count(_database, "MATCH (b:Brief) RETURN count(b)"));
    }

    [Fact]
    public void TheSameContentUnderAnotherNameOrEncodingIsSkipped()
    {
        var first = _importer.Import(Seed, Seeds.Bytes(Seed));
        var before = Dump(_database);
        var text = Encoding.UTF8.GetString(Seeds.Bytes(Seed));
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text.Replace("\n", "\r\n"))).ToArray();

        var again = _importer.Import("copy.txt", utf16);

        Assert.True(again.Skipped);
        Assert.Equal(first.BriefKey, again.BriefKey);
        Assert.Equal(before, Dump(_database));
    }

    [Fact]
    public void BriefsSharingEntitiesShareNodes()
    {
        _importer.Import(Seed, Seeds.Bytes(Seed));
        _importer.Import("08-thailand-cambodia-ceasefire.txt", Seeds.Bytes("08-thailand-cambodia-ceasefire.txt"));

        Assert.Equal(1L, Count(_database, "MATCH (e:Entity {key: 'country:cambodia'}) RETURN count(e)"));
        Assert.Equal(2L, Count(_database, "MATCH (:Brief)-[m:MENTIONS]->(:Entity {key: 'country:cambodia'}) RETURN count(m)"));
    }

    [Fact]
    public void BadInputIsRejectedByNameAndLeavesEarlierBriefsIntact()
    {
        _importer.Import(Seed, Seeds.Bytes(Seed));
        var before = Dump(_database);
        var random = new byte[100_000];
        new Random(7).NextBytes(random);
        var bad = new Dictionary<string, byte[]>
        {
            ["empty.txt"] = [],
            ["huge.txt"] = Encoding.UTF8.GetBytes(new string('x', 10 * 1024 * 1024)),
            ["random.bin"] = random,
            ["report.pdf"] = "%PDF-1.4\n%âãÏÓ\n1 0 obj<</Type/Catalog>>endobj\n"u8.ToArray(),
            ["page.html"] = "<!DOCTYPE html><html><body><h1>What's happened</h1><p>Cambodia.</p></body></html>"u8.ToArray(),
        };

        foreach (var (name, content) in bad)
        {
            var error = Assert.Throws<BriefRejectedException>(() => _importer.Import(name, content));
            Assert.StartsWith(name + ": ", error.Message);
        }
        Assert.Equal(before, Dump(_database));
    }

    [Fact]
    public void ABriefInUtf16MakesTheSameGraphAsInUtf8()
    {
        var text = Encoding.UTF8.GetString(Seeds.Bytes(Seed));
        using var other = EmbeddedDatabase.InMemory();
        var otherImporter = new BriefImporter(other);
        otherImporter.EnsureSchema();

        var utf8 = _importer.Import(Seed, Encoding.UTF8.GetBytes(text));
        var utf16 = otherImporter.Import(Seed, Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray());

        Assert.Equal(utf8.BriefKey, utf16.BriefKey);
        Assert.Equal(utf8.Nodes.Select(node => node.Properties["key"]).Order(), utf16.Nodes.Select(node => node.Properties["key"]).Order());
    }
}
