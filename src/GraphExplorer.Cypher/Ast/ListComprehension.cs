namespace GraphExplorer.Cypher.Ast;

/// <summary>[x IN source WHERE predicate | projection]</summary>
public sealed record ListComprehension(string Variable, Expr Source, Expr? Where, Expr? Projection) : Expr;
