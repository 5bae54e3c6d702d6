namespace GraphExplorer.Graph.Storage;

/// <summary>A relationship's identity, type and endpoints, without its properties.</summary>
public readonly record struct RelationshipRecord(long Id, string Type, long StartId, long EndId);
