namespace GraphExplorer.Cypher.Ast;

/// <summary>list[i] or map[key].</summary>
public sealed record IndexAccess(Expr Target, Expr Index) : Expr;
