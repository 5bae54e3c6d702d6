namespace GraphExplorer.Cypher.Execution;

/// <summary>A relationship while a query runs: its id, type and endpoints; properties are read on demand.</summary>
public sealed record RelationshipRef(long Id, string Type, long StartId, long EndId)
{
    public bool Equals(RelationshipRef? other) => other is not null && other.Id == Id;

    public override int GetHashCode() => Id.GetHashCode();
}
