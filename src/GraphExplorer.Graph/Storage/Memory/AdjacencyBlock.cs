namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// A node's relationships: an immutable block in an <see cref="AdjacencyArena"/> chunk. Layout, in entries:
/// a header (group count, total length), one descriptor per type group (type id and self-loop count;
/// outgoing and incoming counts), then each group's outgoing and incoming entries, contiguous. Expanding
/// by type and direction compares a few integers and then walks one range. The default block is empty.
/// </summary>
internal readonly struct AdjacencyBlock
{
    private readonly AdjacencyEntry[]? _chunk;
    private readonly int _offset;

    public AdjacencyBlock(AdjacencyEntry[] chunk, int offset)
    {
        _chunk = chunk;
        _offset = offset;
    }

    public bool IsEmpty => _chunk is null;

    public int GroupCount => _chunk is null ? 0 : (int)_chunk[_offset].RelationshipId;

    public int Length => _chunk is null ? 0 : (int)_chunk[_offset].OtherNodeId;

    public static int HeaderLength(int groups) => 1 + groups;

    public int TypeIdAt(int group) => (int)(_chunk![_offset + 1 + group].RelationshipId >> 32);

    public AdjacencyGroupView Group(int group, TokenTable tokens)
    {
        var chunk = _chunk!;
        var start = _offset + HeaderLength(GroupCount);
        for (var g = 0; g < group; g++)
        {
            var counts = chunk[_offset + 1 + g].OtherNodeId;
            start += (int)(counts >> 32) + (int)counts;
        }
        var descriptor = chunk[_offset + 1 + group];
        var outgoing = (int)(descriptor.OtherNodeId >> 32);
        var incoming = (int)descriptor.OtherNodeId;
        return new AdjacencyGroupView(tokens.TypeName((int)(descriptor.RelationshipId >> 32)), chunk,
            start, outgoing, start + outgoing, incoming, (int)descriptor.RelationshipId);
    }

    /// <summary>The position of the group of a type id, or -1.</summary>
    public int Find(int typeId)
    {
        if (_chunk is null || typeId < 0) return -1;
        var groups = GroupCount;
        for (var g = 0; g < groups; g++)
            if (TypeIdAt(g) == typeId) return g;
        return -1;
    }

    public int Degree(Direction direction, int typeId, bool anyType, TokenTable tokens)
    {
        if (_chunk is null) return 0;
        if (!anyType)
        {
            var g = Find(typeId);
            return g < 0 ? 0 : Group(g, tokens).Count(direction);
        }
        var total = 0;
        for (var g = 0; g < GroupCount; g++) total += Group(g, tokens).Count(direction);
        return total;
    }

    /// <summary>The same block in a fresh place, unless it already has an array of its own.</summary>
    public AdjacencyBlock MoveTo(AdjacencyArena arena)
    {
        if (_chunk is null || (_offset == 0 && _chunk.Length == Length)) return this;
        var (chunk, offset) = arena.Allocate(Length);
        Array.Copy(_chunk, _offset, chunk, offset, Length);
        return new AdjacencyBlock(chunk, offset);
    }

    /// <summary>Writes a block: descriptors and entries already laid out by the caller after the header.</summary>
    public static void WriteHeader(AdjacencyEntry[] chunk, int offset, int groups, int length) =>
        chunk[offset] = new AdjacencyEntry(groups, length);

    public static void WriteDescriptor(AdjacencyEntry[] chunk, int offset, int group, int typeId, int selfLoops, int outgoing, int incoming) =>
        chunk[offset + 1 + group] = new AdjacencyEntry(((long)typeId << 32) | (uint)selfLoops, ((long)outgoing << 32) | (uint)incoming);
}
