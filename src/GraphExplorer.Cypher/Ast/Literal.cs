namespace GraphExplorer.Cypher.Ast;

/// <summary>A constant: null, boolean, integer, float or string.</summary>
public sealed record Literal(object? Value) : Expr;
