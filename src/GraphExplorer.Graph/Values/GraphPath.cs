namespace GraphExplorer.Graph.Values;

/// <summary>
/// A path: nodes[0] -rels[0]- nodes[1] ... ; Nodes.Count == Relationships.Count + 1.
/// A relationship may be traversed against its direction; compare its StartId with the node before it.
/// </summary>
public sealed record GraphPath(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships)
{
    public Node Start => Nodes[0];
    public Node End => Nodes[^1];
    public int Length => Relationships.Count;
}
