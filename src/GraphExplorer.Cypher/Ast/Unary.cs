namespace GraphExplorer.Cypher.Ast;

/// <summary>A prefix operator applied to one operand.</summary>
public sealed record Unary(UnaryOperator Operator, Expr Operand) : Expr;
