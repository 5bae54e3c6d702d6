namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>One type's relationships at a node: two ranges of an entry array that never changes.</summary>
internal readonly struct AdjacencyGroupView(
    string type, AdjacencyEntry[] entries, int outgoingStart, int outgoingCount, int incomingStart, int incomingCount, int selfLoops)
{
    public string Type { get; } = type;
    public ArraySegment<AdjacencyEntry> Outgoing => new(entries, outgoingStart, outgoingCount);
    public ArraySegment<AdjacencyEntry> Incoming => new(entries, incomingStart, incomingCount);
    public int SelfLoops { get; } = selfLoops;

    public int Count(Direction direction) => direction switch
    {
        Direction.Outgoing => outgoingCount,
        Direction.Incoming => incomingCount,
        _ => outgoingCount + incomingCount - SelfLoops,
    };
}
