using GraphExplorer.Graph;

namespace GraphExplorer.Importer.Tests.Writing;

/// <summary>A database whose transactions fail on the first query containing a given text, after the earlier ones have written.</summary>
internal sealed class FailingDatabase(IGraphDatabase inner, string failOn) : IGraphDatabase
{
    public IQueryResult Run(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write, CancellationToken cancellation = default) =>
        inner.Run(query, parameters, mode, cancellation);

    public IGraphTransaction BeginTransaction(AccessMode mode, CancellationToken cancellation = default) =>
        new Transaction(inner.BeginTransaction(mode, cancellation), failOn);

    public void Dispose() { }

    private sealed class Transaction(IGraphTransaction inner, string failOn) : IGraphTransaction
    {
        public AccessMode Mode => inner.Mode;

        public IQueryResult Run(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellation = default) =>
            query.Contains(failOn, StringComparison.Ordinal)
                ? throw new GraphDatabaseException(StatusCodes.UnknownError, "injected failure")
                : inner.Run(query, parameters, cancellation);

        public void Commit() => inner.Commit();
        public void Rollback() => inner.Rollback();
        public void Dispose() => inner.Dispose();
    }
}
