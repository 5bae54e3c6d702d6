namespace GraphExplorer.Cypher.Ast;

/// <summary>(var:Label {props})</summary>
public sealed record NodePattern(string? Variable, IReadOnlyList<string> Labels, Expr? Properties, int Offset);
