namespace GraphExplorer.Graph.Storage;

/// <summary>Settings of a durable <see cref="GraphStore"/>; the defaults suit an interactive product.</summary>
public sealed class GraphStoreOptions
{
    /// <summary>After a commit leaves the log larger than this, the store writes a snapshot and empties the log.</summary>
    public long CheckpointLogBytes { get; init; } = 128L << 20;

    /// <summary>Whether disposing the store writes a snapshot (making the next start-up a plain load).</summary>
    public bool CheckpointOnDispose { get; init; } = true;

    /// <summary>Receives recovery warnings (such as a torn last log record cut off) as they happen; they are also kept in <see cref="GraphStore.Warnings"/>.</summary>
    public Action<string>? Warning { get; init; }
}
