namespace GraphExplorer.Cypher.Ast;

/// <summary>any/all/none/single(x IN source WHERE predicate)</summary>
public sealed record Quantifier(QuantifierKind Kind, string Variable, Expr Source, Expr? Where) : Expr;
