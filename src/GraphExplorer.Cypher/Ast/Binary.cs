namespace GraphExplorer.Cypher.Ast;

/// <summary>An infix operator applied to two operands.</summary>
public sealed record Binary(BinaryOperator Operator, Expr Left, Expr Right) : Expr;
