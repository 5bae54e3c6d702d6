using System.Text;
using GraphExplorer.Cypher;
using GraphExplorer.Graph;
using static GraphExplorer.Importer.Tests.Writing.GraphQueries;

namespace GraphExplorer.Importer.Tests.Import;

public sealed class PublishedAtImportTests : IDisposable
{
    private const string Seed = "08-thailand-cambodia-ceasefire.txt";

    private readonly IGraphDatabase _database = EmbeddedDatabase.InMemory();
    private readonly BriefImporter _importer;

    public PublishedAtImportTests()
    {
        _importer = new BriefImporter(_database, new ImporterOptions { Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)) });
        _importer.EnsureSchema();
    }

    public void Dispose() => _database.Dispose();

    private static byte[] Dated(string dateline) => Encoding.UTF8.GetBytes(dateline + "\n" + Encoding.UTF8.GetString(Seeds.Bytes(Seed)));

    private object? PublishedAt(ImportResult result) => result.Brief.Properties.GetValueOrDefault("publishedAt");

    [Fact]
    public void ABriefWithoutADatelineHasNoPublicationTime()
    {
        var result = _importer.Import(Seed, Seeds.Bytes(Seed));

        Assert.Null(PublishedAt(result));
        Assert.Equal(0L, Count(_database, "MATCH (b:Brief) WHERE b.publishedAt IS NOT NULL RETURN count(b)"));
    }

    [Fact]
    public void TheDatelineIsStoredInTheFormatOfImportedAt()
    {
        var result = _importer.Import(Seed, Dated("Published 28 July 2025"));

        Assert.Equal("2025-07-28T00:00:00.000Z", PublishedAt(result));
        Assert.Equal("2026-11-23T09:00:00.000Z", result.Brief.Properties["importedAt"]);
    }

    [Fact]
    public void TheDatelineAddsNoSentenceAndNothingElseToTheGraph()
    {
        var plain = _importer.Import(Seed, Seeds.Bytes(Seed));
        using var other = EmbeddedDatabase.InMemory();
        var otherImporter = new BriefImporter(other);
        otherImporter.EnsureSchema();

        var dated = otherImporter.Import(Seed, Dated("July 28, 2025"));

        Assert.Equal(plain.Title, dated.Title);
        Assert.Equal(Count(_database, "MATCH (s:Sentence) RETURN count(s)"), Count(other, "MATCH (s:Sentence) RETURN count(s)"));
        Assert.Equal(plain.Nodes.Select(n => n.Properties["key"]).Order(), dated.Nodes.Select(n => n.Properties["key"]).Order());
        Assert.Equal(plain.Relationships.Select(r => r.Type).Order(), dated.Relationships.Select(r => r.Type).Order());
    }

    [Fact]
    public void APublicationTimeGivenByTheCallerWinsOverTheDateline()
    {
        var given = new DateTimeOffset(2025, 7, 29, 14, 30, 0, TimeSpan.FromHours(7));

        var result = _importer.Import(new BriefUpload(Seed, Dated("Published 28 July 2025"), given));

        Assert.Equal("2025-07-29T07:30:00.000Z", PublishedAt(result));
    }

    [Fact]
    public void ABatchGivesEveryBriefTheCallersPublicationTime()
    {
        using var folder = new TempFolder();
        folder.CopySeed(Seed, "a/ceasefire.txt");
        folder.CopySeed("04-boeing-737-max-faa.txt", "a/boeing.txt");

        var batch = _importer.ImportPaths([Path.Combine(folder.Path, "a")], new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, batch.Imported);
        Assert.All(batch.Results, result => Assert.Equal("2025-08-01T00:00:00.000Z", PublishedAt(result)));
    }

    [Fact]
    public void RelationshipsKeepImportTimeAsFirstAndLastReported()
    {
        var result = _importer.Import(Seed, Dated("Published 28 July 2025"));

        Assert.NotEmpty(result.Relationships);
        Assert.All(result.Relationships, r =>
        {
            Assert.Equal("2026-11-23T09:00:00.000Z", r.Properties["firstReported"]);
            Assert.Equal("2026-11-23T09:00:00.000Z", r.Properties["lastReported"]);
        });
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
