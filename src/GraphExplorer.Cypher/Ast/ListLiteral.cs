namespace GraphExplorer.Cypher.Ast;

/// <summary>[a, b, ...]</summary>
public sealed record ListLiteral(IReadOnlyList<Expr> Items) : Expr;
