namespace GraphExplorer.Cypher.Ast;

/// <summary>A query parameter, $name.</summary>
public sealed record Parameter(string Name) : Expr;
