namespace GraphExplorer.Cypher.Ast;

/// <summary>n:A:B, true when the node has every label (or the relationship has one of the types).</summary>
public sealed record LabelCheck(Expr Target, IReadOnlyList<string> Labels) : Expr;
