namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>An expected node, <c>(:A:B {p: 1})</c>: the TCK compares nodes by labels and properties only.</summary>
public sealed record NodeLiteral(IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
