using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Cypher.Execution;

/// <summary>A relationship while a query runs: its id, type and endpoints; properties are read on demand.</summary>
public sealed record RelationshipRef(long Id, string Type, long StartId, long EndId)
{
    public bool Equals(RelationshipRef? other) => other is not null && other.Id == Id;

    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>The relationship of an adjacency entry read from <paramref name="node"/>, its ends in stored direction.</summary>
    public static RelationshipRef Traversed(RelationshipEntry entry, long node)
    {
        var outgoing = entry.Direction == Direction.Outgoing;
        return new RelationshipRef(entry.RelationshipId, entry.Type, outgoing ? node : entry.OtherNodeId, outgoing ? entry.OtherNodeId : node);
    }
}
