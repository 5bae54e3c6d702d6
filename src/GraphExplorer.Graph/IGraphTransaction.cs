namespace GraphExplorer.Graph;

/// <summary>
/// An explicit transaction. Queries run in it see its own earlier writes. Disposing without
/// <see cref="Commit"/> rolls back. Only one write transaction is open at a time; others wait for it.
/// </summary>
public interface IGraphTransaction : IDisposable
{
    AccessMode Mode { get; }

    IQueryResult Run(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellation = default);

    /// <summary>Makes the writes durable (the log record is on disk when this returns) and visible to new readers.</summary>
    void Commit();

    void Rollback();
}
