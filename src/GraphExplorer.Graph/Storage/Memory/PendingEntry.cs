namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>A relationship end added by the write transaction, chained to the node's next one by array index.</summary>
internal struct PendingEntry
{
    public int TypeId;
    public Direction Direction;
    public int Next;
    public long RelationshipId;
    public long OtherNodeId;
}
