namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// Where adjacency blocks live: large shared chunks (on the large-object heap) that the single writer only
/// ever appends to, so a published block never changes and a bulk load creates no per-node objects for the
/// garbage collector to copy. A chunk is freed by the GC once no published node refers to a block in it.
/// </summary>
internal sealed class AdjacencyArena
{
    private const int ChunkEntries = 1 << 16;

    private AdjacencyEntry[] _chunk = new AdjacencyEntry[ChunkEntries];
    private int _used;

    /// <summary>Total entries handed out, to decide when re-packing live blocks is worth it.</summary>
    public long Allocated { get; private set; }

    public (AdjacencyEntry[] Chunk, int Offset) Allocate(int length)
    {
        Allocated += length;
        if (length > ChunkEntries / 4) return (new AdjacencyEntry[length], 0);
        if (_used + length > _chunk.Length)
        {
            _chunk = new AdjacencyEntry[ChunkEntries];
            _used = 0;
        }
        var offset = _used;
        _used += length;
        return (_chunk, offset);
    }

    public void ResetCount(long live) => Allocated = live;
}
