using GraphExplorer.Graph.Values;

namespace GraphExplorer.Analytics;

/// <summary>A read-only slice of the graph, copied out of the database for an algorithm to work on.</summary>
public sealed class Subgraph
{
    private readonly Dictionary<long, Node> _nodes = new();
    private readonly Dictionary<long, Relationship> _relationships = new();

    public IReadOnlyDictionary<long, Node> Nodes => _nodes;
    public IReadOnlyDictionary<long, Relationship> Relationships => _relationships;

    public void Add(Node node) => _nodes.TryAdd(node.Id, node);

    /// <returns>False when the relationship was already there.</returns>
    public bool Add(Relationship relationship) => _relationships.TryAdd(relationship.Id, relationship);
}
