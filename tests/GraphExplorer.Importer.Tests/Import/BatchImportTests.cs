using GraphExplorer.Cypher;
using GraphExplorer.Graph;
using static GraphExplorer.Importer.Tests.Writing.GraphQueries;

namespace GraphExplorer.Importer.Tests.Import;

public sealed class BatchImportTests : IDisposable
{
    private readonly IGraphDatabase _database = EmbeddedDatabase.InMemory();
    private readonly BriefImporter _importer;
    private readonly TempFolder _folder = new();

    public BatchImportTests()
    {
        _importer = new BriefImporter(_database);
        _importer.EnsureSchema();
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    private sealed class Recorder : IProgress<ImportProgress>
    {
        public List<ImportProgress> Reports { get; } = [];
        public void Report(ImportProgress value) => Reports.Add(value);
    }

    [Fact]
    public void AFolderIsImportedFileByFileAndFailuresDoNotStopTheRest()
    {
        _folder.CopySeed("seed-cambodia-scam-crackdown.txt", "a/1-cambodia.txt");
        _folder.Write("a/2-empty.txt", []);
        _folder.CopySeed("08-thailand-cambodia-ceasefire.txt", "a/b/3-ceasefire.txt");
        _folder.Write("a/notes.md", "# not a brief"u8.ToArray());
        var progress = new Recorder();

        var batch = _importer.ImportPaths([Path.Combine(_folder.Path, "a"), Path.Combine(_folder.Path, "missing")], progress);

        Assert.Equal((2, 0, 2), (batch.Imported, batch.Skipped, batch.Failed));
        Assert.Contains(batch.Failures, failure => failure.File.EndsWith("2-empty.txt") && failure.Reason.Contains("empty"));
        Assert.Contains(batch.Failures, failure => failure.File.EndsWith("missing"));
        Assert.Equal([1, 2, 3], progress.Reports.Select(report => report.Done));
        Assert.All(progress.Reports, report => Assert.Equal(3, report.Total));
        Assert.NotNull(progress.Reports[1].Error);
        Assert.Equal(2L, Count(_database, "MATCH (b:Brief) RETURN count(b)"));
        Assert.Equal(batch.EntitiesAdded, (int)Count(_database, "MATCH (e:Entity) RETURN count(e)"));
    }

    [Fact]
    public void ImportingAgainSkipsEveryBrief()
    {
        var path = _folder.CopySeed("seed-cambodia-scam-crackdown.txt");
        _importer.ImportPaths([path]);

        var again = _importer.ImportPaths([path]);

        Assert.Equal((0, 1, 0, 0), (again.Imported, again.Skipped, again.EntitiesAdded, again.RelationshipsAdded));
    }

    [Fact]
    public void AFileOverTheLimitIsRefusedBeforeItIsRead()
    {
        var importer = new BriefImporter(_database, new ImporterOptions { MaxBytes = 100 });
        var path = _folder.CopySeed("seed-cambodia-scam-crackdown.txt");

        var batch = importer.ImportPaths([path]);

        var failure = Assert.Single(batch.Failures);
        Assert.Contains("over the limit of 100 bytes", failure.Reason);
    }

    [Fact]
    public void UploadsAreImportedLikeFiles()
    {
        var batch = _importer.ImportAll(
        [
            new BriefUpload("cambodia.txt", Seeds.Bytes("seed-cambodia-scam-crackdown.txt")),
            new BriefUpload("garbage.bin", [0, 1, 2, 3, 0, 0, 0]),
        ]);

        Assert.Equal((1, 1), (batch.Imported, batch.Failed));
        Assert.Equal("garbage.bin", batch.Failures[0].File);
    }

    [Fact]
    public void TheSameBriefTwiceInOneBatchIsWrittenOnce()
    {
        var seed = Seeds.Bytes("seed-cambodia-scam-crackdown.txt");

        var batch = _importer.ImportAll([new BriefUpload("one.txt", seed), new BriefUpload("two.txt", seed)]);

        Assert.Equal((1, 1), (batch.Imported, batch.Skipped));
        Assert.Equal(1L, Count(_database, "MATCH (b:Brief) RETURN count(b)"));
    }

    [Fact]
    public void CancellingKeepsTheBriefsAlreadyWrittenAndStops()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelAfterFirst(cancellation);
        var uploads = new[] { "seed-cambodia-scam-crackdown.txt", "08-thailand-cambodia-ceasefire.txt", "03-red-sea-houthi-shipping.txt" }
            .Select(name => new BriefUpload(name, Seeds.Bytes(name))).ToList();

        Assert.ThrowsAny<OperationCanceledException>(() => _importer.ImportAll(uploads, progress, cancellation.Token));

        Assert.Equal(1L, Count(_database, "MATCH (b:Brief) RETURN count(b)"));
    }

    private sealed class CancelAfterFirst(CancellationTokenSource cancellation) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => cancellation.Cancel();
    }
}
