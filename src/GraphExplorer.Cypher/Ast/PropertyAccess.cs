namespace GraphExplorer.Cypher.Ast;

/// <summary>target.key on a node, relationship or map.</summary>
public sealed record PropertyAccess(Expr Target, string Key) : Expr;
