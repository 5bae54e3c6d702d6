namespace GraphExplorer.Graph.Values;

/// <summary>A relationship as it leaves the database: identity, type, endpoints and a copy of its properties.</summary>
public sealed record Relationship(long Id, string Type, long StartId, long EndId, IReadOnlyDictionary<string, object?> Properties)
{
    public string ElementId => ElementIds.ForRelationship(Id);
    public string StartElementId => ElementIds.ForNode(StartId);
    public string EndElementId => ElementIds.ForNode(EndId);
}
