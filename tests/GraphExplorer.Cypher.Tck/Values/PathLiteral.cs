namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>An expected path, <c>&lt;(:A)-[:T]-&gt;(:B)&gt;</c>: its nodes, relationships and their directions.</summary>
public sealed record PathLiteral(NodeLiteral Start, IReadOnlyList<PathLiteralStep> Steps);
