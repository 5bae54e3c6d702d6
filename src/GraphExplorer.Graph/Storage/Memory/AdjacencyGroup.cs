namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>A node's relationships of one type, outgoing and incoming in separate arrays (filled up to their counts).</summary>
internal sealed class AdjacencyGroup
{
    public AdjacencyGroup(string type) => Type = type;

    /// <summary>Interned, so groups are found by reference.</summary>
    public string Type { get; }
    public AdjacencyEntry[] Outgoing = [];
    public int OutgoingCount;
    public AdjacencyEntry[] Incoming = [];
    public int IncomingCount;
    public int SelfLoopCount;

    public AdjacencyGroup Clone() => new(Type)
    {
        Outgoing = Outgoing.AsSpan(0, OutgoingCount).ToArray(),
        OutgoingCount = OutgoingCount,
        Incoming = Incoming.AsSpan(0, IncomingCount).ToArray(),
        IncomingCount = IncomingCount,
        SelfLoopCount = SelfLoopCount,
    };

    public int Count(Direction direction) => direction switch
    {
        Direction.Outgoing => OutgoingCount,
        Direction.Incoming => IncomingCount,
        _ => OutgoingCount + IncomingCount - SelfLoopCount,
    };

    public static void Append(ref AdjacencyEntry[] entries, ref int count, AdjacencyEntry entry)
    {
        if (count == entries.Length) Array.Resize(ref entries, Math.Max(4, count * 2));
        entries[count++] = entry;
    }

    /// <summary>
    /// Removes the entry of <paramref name="relationshipId"/> into a new array, so that a scan of this
    /// transaction's own adjacency that is still running keeps its stable (array, count) view.
    /// </summary>
    public static void Remove(ref AdjacencyEntry[] entries, ref int count, long relationshipId)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            if (entries[i].RelationshipId != relationshipId) continue;
            var smaller = new AdjacencyEntry[Math.Max(count - 1, 0)];
            Array.Copy(entries, smaller, i);
            Array.Copy(entries, i + 1, smaller, i, count - i - 1);
            entries = smaller;
            count--;
            return;
        }
    }
}
