namespace GraphExplorer.Cypher.Ast;

/// <summary>[path = pattern WHERE predicate | projection]</summary>
public sealed record PatternComprehension(PatternPart Pattern, Expr? Where, Expr Projection) : Expr;
