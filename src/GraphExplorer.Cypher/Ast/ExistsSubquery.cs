namespace GraphExplorer.Cypher.Ast;

/// <summary>EXISTS { pattern [WHERE predicate] } or EXISTS { MATCH ... }</summary>
public sealed record ExistsSubquery(IReadOnlyList<PatternPart> Patterns, Expr? Where) : Expr;
