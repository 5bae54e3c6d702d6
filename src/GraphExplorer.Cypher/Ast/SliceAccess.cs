namespace GraphExplorer.Cypher.Ast;

/// <summary>list[from..to].</summary>
public sealed record SliceAccess(Expr Target, Expr? From, Expr? To) : Expr;
