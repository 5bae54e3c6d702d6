namespace GraphExplorer.Graph.Storage;

/// <summary>Which relationships of a node to follow, seen from that node.</summary>
public enum Direction
{
    Outgoing,
    Incoming,
    Both,
}
