using GraphExplorer.Graph;

namespace GraphExplorer.Importer.Benchmarks;

/// <summary>An <see cref="IGraphDatabase"/> that times every query (records included) and every commit.</summary>
internal sealed class TimedDatabase(IGraphDatabase inner, QueryTimings timings) : IGraphDatabase
{
    public IQueryResult Run(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write, CancellationToken cancellation = default) =>
        timings.Measure(query, () => BufferedResult.Of(inner.Run(query, parameters, mode, cancellation)));

    public IGraphTransaction BeginTransaction(AccessMode mode, CancellationToken cancellation = default) =>
        new TimedTransaction(inner.BeginTransaction(mode, cancellation), timings);

    public void Dispose() => inner.Dispose();
}
