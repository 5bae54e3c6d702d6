namespace GraphExplorer.Cypher.Ast;

/// <summary>count(*)</summary>
public sealed record CountStar : Expr;
