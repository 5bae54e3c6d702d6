using System.Collections.Concurrent;
using GraphExplorer.Importer.Writing;

namespace GraphExplorer.Importer;

/// <summary>
/// Imports many briefs with reading and extraction on all cores, a few briefs ahead of the writes:
/// extraction needs no database and writes are one at a time anyway, so they overlap. Briefs are written,
/// and progress reported, in the order given; a file that fails is recorded and the rest go on.
/// </summary>
internal sealed class BatchPipeline(
    Func<BriefUpload, CancellationToken, PreparedBrief> prepare,
    Func<PreparedBrief, CancellationToken, ImportResult> write)
{
    private const int Ahead = 8;

    public BatchImportResult Run(IReadOnlyList<(string Shown, Func<BriefUpload> Read)> sources,
        IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        var results = new List<ImportResult>();
        var failures = new List<ImportFailure>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var prepared = new BlockingCollection<(PreparedBrief? Brief, string? Error)>(Ahead);
        var producer = Task.Run(() => Produce(sources, prepared, stop.Token), CancellationToken.None);
        try
        {
            var done = 0;
            foreach (var (brief, preparationError) in prepared.GetConsumingEnumerable(cancellation))
            {
                var shown = sources[done++].Shown;
                ImportResult? result = null;
                var error = preparationError;
                if (brief is not null)
                {
                    try
                    {
                        result = write(brief, cancellation);
                    }
                    catch (Exception failure) when (failure is not OperationCanceledException)
                    {
                        error = failure.Message;
                    }
                }
                if (result is not null) results.Add(result);
                else failures.Add(new ImportFailure(shown, error ?? "not imported"));
                progress?.Report(new ImportProgress(done, sources.Count, shown, result, error));
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                producer.Wait(CancellationToken.None);
            }
            catch (AggregateException stopped) when (stopped.InnerExceptions.All(inner => inner is OperationCanceledException))
            {
            }
        }
        cancellation.ThrowIfCancellationRequested();
        return new BatchImportResult(results, failures);
    }

    private void Produce(IReadOnlyList<(string Shown, Func<BriefUpload> Read)> sources,
        BlockingCollection<(PreparedBrief?, string?)> prepared, CancellationToken stop)
    {
        try
        {
            var ready = sources.AsParallel().AsOrdered()
                .WithDegreeOfParallelism(Environment.ProcessorCount)
                .WithMergeOptions(ParallelMergeOptions.NotBuffered)
                .WithCancellation(stop)
                .Select(source => Prepare(source.Read, stop));
            foreach (var brief in ready) prepared.Add(brief, stop);
        }
        finally
        {
            prepared.CompleteAdding();
        }
    }

    private (PreparedBrief?, string?) Prepare(Func<BriefUpload> read, CancellationToken stop)
    {
        try
        {
            return (prepare(read(), stop), null);
        }
        catch (BriefRejectedException rejected)
        {
            return (null, rejected.Reason);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return (null, failure.Message);
        }
    }
}
