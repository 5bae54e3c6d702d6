namespace GraphExplorer.Graph.Storage;

/// <summary>One step from a node: the relationship, the node at its other end, its type and which way it points.</summary>
public readonly record struct RelationshipEntry(long RelationshipId, long OtherNodeId, string Type, Direction Direction);
