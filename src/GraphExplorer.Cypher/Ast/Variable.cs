namespace GraphExplorer.Cypher.Ast;

/// <summary>A reference to a variable in scope.</summary>
public sealed record Variable(string Name) : Expr;
