using GraphExplorer.Graph.Storage.Durability;
using GraphExplorer.Graph.Storage.Memory;

namespace GraphExplorer.Graph.Storage;

/// <summary>
/// The embedded property-graph store: the whole graph in memory, optionally durable in a directory
/// (write-ahead log <c>graph.wal</c>, snapshot <c>graph.snapshot</c>, lock file <c>graph.lock</c>).
/// <para>
/// Isolation: the committed graph is an immutable version; the one write transaction changes a private
/// copy-on-write version (only the pages, bitmaps and index entries it touches are copied, and the nodes
/// it connects get new adjacency blocks) and commit publishes it by swapping one reference after the log
/// record is fsynced. Readers take that reference without locks, so they see a consistent committed state
/// and never wait for a writer.
/// </para>
/// <para>
/// Threads: the store is safe to share; each transaction is used by one thread at a time. Node and
/// relationship ids are dense, start at 0 and are never reused once committed.
/// </para>
/// </summary>
public sealed class GraphStore : IGraphStore
{
    private const string LogFile = "graph.wal";
    private const string SnapshotFile = "graph.snapshot";

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly GraphStoreOptions _options;
    private readonly List<string> _warnings = [];
    private readonly StoreLock? _lock;
    private readonly RecordWriter _record = new();
    private WriteAheadLog? _log;
    private volatile GraphState _published;
    private long _serial;
    private bool _disposed;

    private GraphStore(string? directory, GraphStoreOptions options, StoreLock? storeLock)
    {
        Directory = directory;
        _options = options;
        _lock = storeLock;
        _published = new GraphState(new TokenTable(), new AdjacencyArena());
    }

    /// <summary>A store that lives only in memory (tests, scratch databases).</summary>
    public static GraphStore InMemory() => new(null, new GraphStoreOptions(), null);

    /// <summary>
    /// Opens (creating if needed) the durable store in <paramref name="directory"/>: loads the snapshot,
    /// replays the log, and locks the directory against other processes until disposed. Damage other than
    /// a torn last log record throws <see cref="StatusCodes.StorageDamaged"/> naming the file and offset.
    /// </summary>
    public static GraphStore Open(string directory, GraphStoreOptions? options = null)
    {
        System.IO.Directory.CreateDirectory(directory);
        var storeLock = StoreLock.Acquire(directory);
        var store = new GraphStore(Path.GetFullPath(directory), options ?? new GraphStoreOptions(), storeLock);
        try
        {
            store.Recover();
            return store;
        }
        catch
        {
            store._log?.Dispose();
            storeLock.Dispose();
            throw;
        }
    }

    /// <summary>The directory of a durable store; null in memory.</summary>
    public string? Directory { get; }

    /// <summary>Warnings from opening the store, e.g. a torn last log record that was cut off.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    public IReadTransaction BeginRead()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new ReadTransaction(_published);
    }

    public IWriteTransaction BeginWrite(CancellationToken cancellation = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Wait(cancellation);
        if (_disposed)
        {
            _writer.Release();
            throw new ObjectDisposedException(nameof(GraphStore));
        }
        return NewWrite(logged: _log is not null);
    }

    /// <summary>
    /// Recovery re-applies what the log and snapshot already hold, so it writes nothing to the log. Replayed
    /// log records are transactions and take the next number; the pieces of a snapshot load are not.
    /// </summary>
    private WriteTransaction BeginUnloggedWrite(bool numbered)
    {
        _writer.Wait();
        return NewWrite(logged: false, numbered);
    }

    private WriteTransaction NewWrite(bool logged, bool numbered = true)
    {
        _record.Clear();
        var state = _published.BeginNext(++_serial);
        if (numbered) state.LastTransaction++;
        if (logged) _record.Int64(state.LastTransaction);
        return new WriteTransaction(this, state, logged ? _record : null);
    }

    /// <summary>Called by the committing transaction, which holds the writer lock: log, fsync, then publish.</summary>
    internal void Publish(GraphState state, RecordWriter? record)
    {
        if (_log is not null && record is not null) _log.Append(record.Written);
        state.Freeze();
        _published = state;
        if (state.AdjacencyNeedsRepack) RepackAdjacency();
        if (_log is not null && _log.Length > _options.CheckpointLogBytes) WriteCheckpoint();
    }

    internal void EndWrite() => _writer.Release();

    /// <summary>Publishes the same graph with its adjacency moved to fresh chunks; not a transaction, so not logged. Caller holds the writer lock.</summary>
    internal void RepackAdjacency()
    {
        var repacked = _published.BeginNext(++_serial);
        repacked.RepackAdjacency();
        repacked.Freeze();
        _published = repacked;
    }

    /// <summary>
    /// Writes a snapshot of the committed graph and empties the log, so start-up need not replay it.
    /// Waits for the current write transaction; readers are not affected. Does nothing in memory.
    /// </summary>
    public void Checkpoint()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_log is null) return;
        _writer.Wait();
        try
        {
            WriteCheckpoint();
        }
        finally
        {
            _writer.Release();
        }
    }

    private void WriteCheckpoint()
    {
        SnapshotWriter.Write(Path.Combine(Directory!, SnapshotFile), _published);
        _log!.Reset();
    }

    private void Recover()
    {
        var snapshotPath = Path.Combine(Directory!, SnapshotFile);
        if (File.Exists(snapshotPath))
        {
            SnapshotReader.Load(snapshotPath, () => BeginUnloggedWrite(numbered: false));
        }
        var logPath = Path.Combine(Directory!, LogFile);
        _log = WriteAheadLog.Open(logPath, (payload, offset) => Replay(logPath, payload, offset), Warn);
    }

    private void Replay(string logPath, byte[] payload, long offset)
    {
        var reader = new RecordReader(payload);
        var transaction = reader.Int64();
        var expected = _published.LastTransaction + 1;
        if (transaction < expected) return;
        if (transaction > expected)
            throw StoreDamage.At(logPath, offset, $"transaction {expected} is missing (the record holds transaction {transaction})");
        var tx = BeginUnloggedWrite(numbered: true);
        try
        {
            OperationReplayer.Apply(reader, tx);
            tx.Commit();
        }
        catch (Exception e) when (e is InvalidDataException or GraphDatabaseException { StatusCode: not StatusCodes.StorageDamaged })
        {
            tx.Rollback();
            throw StoreDamage.At(logPath, offset, $"the record of transaction {transaction} cannot be replayed: {e.Message}", e);
        }
    }

    private void Warn(string message)
    {
        _warnings.Add(message);
        _options.Warning?.Invoke(message);
    }

    /// <summary>Waits for the open write transaction, writes a final snapshot if configured, and releases the directory.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _writer.Wait();
        try
        {
            if (_disposed) return;
            if (_log is not null && _options.CheckpointOnDispose && _log.Length > 0) WriteCheckpoint();
            _disposed = true;
            _log?.Dispose();
            _lock?.Dispose();
        }
        finally
        {
            _writer.Release();
        }
    }
}
