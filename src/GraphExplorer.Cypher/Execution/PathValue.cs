namespace GraphExplorer.Cypher.Execution;

/// <summary>A path while a query runs: node ids and the relationships between them, in path order.</summary>
public sealed class PathValue(long[] nodes, RelationshipRef[] relationships) : IEquatable<PathValue>
{
    public long[] Nodes { get; } = nodes;
    public RelationshipRef[] Relationships { get; } = relationships;

    public bool Equals(PathValue? other) =>
        other is not null && Nodes.AsSpan().SequenceEqual(other.Nodes) && Relationships.AsSpan().SequenceEqual(other.Relationships);

    public override bool Equals(object? obj) => obj is PathValue other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var node in Nodes) hash.Add(node);
        return hash.ToHashCode();
    }
}
