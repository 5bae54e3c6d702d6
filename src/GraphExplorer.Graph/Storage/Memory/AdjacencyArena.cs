namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// Where adjacency blocks live: large shared chunks (on the large-object heap) that the single writer only
/// ever appends to, so a published block never changes and a bulk load creates no per-node objects for the
/// garbage collector to copy. A chunk is freed by the GC once no published node refers to a block in it;
/// big blocks (hubs, rewritten whenever they gain a relationship) get arrays of their own so they never pin
/// a chunk, and the store re-packs live blocks into fresh chunks when dead ones take up too much room.
/// </summary>
internal sealed class AdjacencyArena
{
    private const int ChunkEntries = 1 << 16;
    private const int OwnArrayEntries = 512;

    private AdjacencyEntry[] _chunk = new AdjacencyEntry[ChunkEntries];
    private int _used;

    /// <summary>Entries handed out in chunks since the last re-pack, to decide when the next one is worth it.</summary>
    public long Allocated { get; private set; }

    public (AdjacencyEntry[] Chunk, int Offset) Allocate(int length)
    {
        if (length >= OwnArrayEntries) return (new AdjacencyEntry[length], 0);
        Allocated += length;
        if (_used + length > _chunk.Length)
        {
            _chunk = new AdjacencyEntry[ChunkEntries];
            _used = 0;
        }
        var offset = _used;
        _used += length;
        return (_chunk, offset);
    }

    /// <summary>Starts a re-pack: later blocks go to a new chunk, and counting starts over.</summary>
    public void StartRepack()
    {
        _chunk = new AdjacencyEntry[ChunkEntries];
        _used = 0;
        Allocated = 0;
    }
}
