namespace GraphExplorer.Graph;

/// <summary>
/// A Cypher database: the embedded one, or Neo4j over Bolt. Everything GraphExplorer does to the graph goes through here.
/// </summary>
public interface IGraphDatabase : IDisposable
{
    /// <summary>
    /// Runs one query in its own transaction (auto-commit). The records are fully computed and the
    /// transaction committed before this returns, so the result can be consumed at leisure.
    /// </summary>
    IQueryResult Run(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write, CancellationToken cancellation = default);

    IGraphTransaction BeginTransaction(AccessMode mode, CancellationToken cancellation = default);
}
