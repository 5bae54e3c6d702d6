namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>An expected relationship, <c>[:T {p: 1}]</c>: compared by type and properties only.</summary>
public sealed record RelationshipLiteral(string Type, IReadOnlyDictionary<string, object?> Properties);
