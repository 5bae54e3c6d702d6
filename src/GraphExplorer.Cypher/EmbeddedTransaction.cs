using GraphExplorer.Graph;
using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Cypher;

/// <summary>An explicit transaction of the embedded database: a store read or write transaction that queries share.</summary>
public sealed class EmbeddedTransaction : IGraphTransaction
{
    private readonly QueryCache _cache;
    private readonly IReadTransaction? _read;
    private readonly IWriteTransaction? _write;
    private readonly CancellationToken _cancellation;
    private bool _closed;

    internal EmbeddedTransaction(IGraphStore store, QueryCache cache, AccessMode mode, CancellationToken cancellation)
    {
        _cache = cache;
        _cancellation = cancellation;
        Mode = mode;
        if (mode == AccessMode.Write) _write = store.BeginWrite(cancellation);
        else _read = store.BeginRead();
    }

    public AccessMode Mode { get; }

    public IQueryResult Run(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellation = default)
    {
        if (_closed) throw new GraphDatabaseException(StatusCodes.TransactionClosed, "The transaction has been closed.");
        var statement = _cache.Get(query);
        if (statement.Writes && _write is null)
            throw new GraphDatabaseException(StatusCodes.ForbiddenOnReadOnlyDatabase, "Writing in a read access mode is not allowed.");
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_cancellation, cancellation);
        IGraphReader reader = (IGraphReader?)_write ?? _read!;
        return StatementRunner.Run(statement, reader, _write, parameters, linked.Token);
    }

    public void Commit()
    {
        if (_closed) throw new GraphDatabaseException(StatusCodes.TransactionClosed, "The transaction has been closed.");
        _closed = true;
        _write?.Commit();
        _read?.Dispose();
        _write?.Dispose();
    }

    public void Rollback()
    {
        if (_closed) return;
        _closed = true;
        _write?.Rollback();
        _write?.Dispose();
        _read?.Dispose();
    }

    public void Dispose() => Rollback();
}
