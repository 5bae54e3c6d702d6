namespace GraphExplorer.Cypher.Ast;

/// <summary>REMOVE v.key (Property) or REMOVE v:A:B (Labels).</summary>
public sealed record RemoveItem(PropertyAccess? Property, string? Variable, IReadOnlyList<string> Labels);
