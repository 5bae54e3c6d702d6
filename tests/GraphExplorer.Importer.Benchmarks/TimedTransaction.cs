using GraphExplorer.Graph;

namespace GraphExplorer.Importer.Benchmarks;

/// <summary>A transaction whose queries and commit are timed by <see cref="QueryTimings"/>.</summary>
internal sealed class TimedTransaction(IGraphTransaction inner, QueryTimings timings) : IGraphTransaction
{
    public AccessMode Mode => inner.Mode;

    public IQueryResult Run(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellation = default) =>
        timings.Measure(query, () => BufferedResult.Of(inner.Run(query, parameters, cancellation)));

    public void Commit() => timings.Measure("commit", () =>
    {
        inner.Commit();
        return true;
    });

    public void Rollback() => inner.Rollback();

    public void Dispose() => inner.Dispose();
}
