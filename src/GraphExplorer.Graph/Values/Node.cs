namespace GraphExplorer.Graph.Values;

/// <summary>A node as it leaves the database: identity, labels and a copy of its properties.</summary>
public sealed record Node(long Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    public string ElementId => ElementIds.ForNode(Id);
}
