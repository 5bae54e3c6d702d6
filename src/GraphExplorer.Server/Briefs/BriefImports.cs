using GraphExplorer.Graph;
using GraphExplorer.Importer;
using GraphExplorer.Server.Hubs;
using GraphExplorer.Server.Options;
using GraphExplorer.Server.Search;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Briefs;

/// <summary>
/// Imports briefs and makes the rest of the server follow: the search index learns the touched entities and
/// connected browsers hear what changed. The database serialises writers, so concurrent imports are safe.
/// </summary>
public sealed class BriefImports(IGraphDatabase database, SearchIndexLoader searchIndex, GraphNotifier notifier,
    IOptions<GraphExplorerOptions> options, ILogger<BriefImports> logger)
{
    private readonly ImporterOptions _importerOptions = new() { MaxBytes = options.Value.MaxBriefBytes };

    public BriefImporter CreateImporter() => new(database, _importerOptions);

    public async Task<ImportResult> ImportAsync(BriefUpload upload, CancellationToken cancellation)
    {
        var result = await Task.Run(() => CreateImporter().Import(upload, cancellation), cancellation);
        await AfterImportAsync(result);
        return result;
    }

    /// <summary>Imports every brief of a folder, telling browsers how far it got after each file.</summary>
    public Task<BatchImportResult> ImportFolderAsync(string folder, CancellationToken cancellation) =>
        ImportBatchAsync((importer, progress) => importer.ImportPaths([folder], progress, cancellation), cancellation);

    /// <summary>Imports uploaded briefs in order, telling browsers how far it got after each file.</summary>
    public Task<BatchImportResult> ImportUploadsAsync(IReadOnlyList<BriefUpload> uploads, CancellationToken cancellation) =>
        ImportBatchAsync((importer, progress) => importer.ImportAll(uploads, progress, cancellation), cancellation);

    private async Task<BatchImportResult> ImportBatchAsync(Func<BriefImporter, IProgress<ImportProgress>, BatchImportResult> import,
        CancellationToken cancellation)
    {
        // The importer reports on its own (pool) thread after each file; waiting there for the broadcast keeps
        // the messages in order and live.
        var progress = new SynchronousProgress(step =>
        {
            if (step.Result is not null) AfterImportAsync(step.Result).GetAwaiter().GetResult();
            notifier.ImportProgressAsync(step, CancellationToken.None).GetAwaiter().GetResult();
        });
        var batch = await Task.Run(() => import(CreateImporter(), progress), cancellation);
        foreach (var failure in batch.Failures) logger.LogWarning("Brief {File} was not imported: {Reason}", failure.File, failure.Reason);
        return batch;
    }

    private async Task AfterImportAsync(ImportResult result)
    {
        if (result.Skipped) return;
        // The import is committed: neither the index refresh nor the broadcast may be cancelled half-way by the client leaving.
        searchIndex.Refresh(notifier.TouchedKeys(result).ToList());
        await notifier.BriefImportedAsync(result, CancellationToken.None);
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
