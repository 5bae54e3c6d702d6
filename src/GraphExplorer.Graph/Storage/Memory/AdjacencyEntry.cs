namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>One relationship in a node's adjacency list: its id and the node at the other end.</summary>
internal readonly record struct AdjacencyEntry(long RelationshipId, long OtherNodeId);
