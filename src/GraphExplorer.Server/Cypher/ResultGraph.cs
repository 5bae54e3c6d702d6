using GraphExplorer.Graph.Values;

namespace GraphExplorer.Server.Cypher;

/// <summary>The nodes and relationships found anywhere in a result's rows (inside lists, maps and paths too), once each.</summary>
public sealed class ResultGraph
{
    private readonly Dictionary<long, Node> _nodes = new();
    private readonly Dictionary<long, Relationship> _relationships = new();

    public IEnumerable<Node> Nodes => _nodes.Values;
    public IEnumerable<Relationship> Relationships => _relationships.Values;

    public void Collect(object? value)
    {
        switch (value)
        {
            case Node node:
                _nodes.TryAdd(node.Id, node);
                break;
            case Relationship relationship:
                _relationships.TryAdd(relationship.Id, relationship);
                break;
            case GraphPath path:
                foreach (var node in path.Nodes) Collect(node);
                foreach (var relationship in path.Relationships) Collect(relationship);
                break;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var item in map.Values) Collect(item);
                break;
            case IEnumerable<object?> list when value is not string:
                foreach (var item in list) Collect(item);
                break;
        }
    }
}
