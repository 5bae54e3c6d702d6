using GraphExplorer.Graph;
using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Cypher;

/// <summary>
/// The embedded Cypher database: the openCypher engine over a <see cref="GraphStore"/>, in memory or
/// durable in a directory. Query texts are parsed and planned once and cached.
/// </summary>
public sealed class EmbeddedDatabase : IGraphDatabase
{
    private readonly IGraphStore _store;
    private readonly bool _ownsStore;
    private readonly QueryCache _cache = new();

    public EmbeddedDatabase(IGraphStore store, bool ownsStore = false)
    {
        _store = store;
        _ownsStore = ownsStore;
    }

    /// <summary>Opens (creating if needed) the durable database in <paramref name="directory"/>.</summary>
    public static EmbeddedDatabase Open(string directory) => new(GraphStore.Open(directory), ownsStore: true);

    public static EmbeddedDatabase InMemory() => new(GraphStore.InMemory(), ownsStore: true);

    public IGraphStore Store => _store;

    public IQueryResult Run(string query, IReadOnlyDictionary<string, object?>? parameters = null, AccessMode mode = AccessMode.Write,
        CancellationToken cancellation = default)
    {
        var statement = _cache.Get(query);
        if (statement.Writes && mode == AccessMode.Read)
            throw new GraphDatabaseException(StatusCodes.ForbiddenOnReadOnlyDatabase, "Writing in a read access mode is not allowed.");
        if (!statement.Writes)
        {
            using var read = _store.BeginRead();
            return StatementRunner.Run(statement, read, null, parameters, cancellation);
        }
        using var write = _store.BeginWrite(cancellation);
        var result = StatementRunner.Run(statement, write, write, parameters, cancellation);
        write.Commit();
        return result;
    }

    public IGraphTransaction BeginTransaction(AccessMode mode, CancellationToken cancellation = default) =>
        new EmbeddedTransaction(_store, _cache, mode, cancellation);

    public void Dispose()
    {
        if (_ownsStore) _store.Dispose();
    }
}
