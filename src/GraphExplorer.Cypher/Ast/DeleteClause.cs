namespace GraphExplorer.Cypher.Ast;

/// <summary>[DETACH] DELETE expressions</summary>
public sealed record DeleteClause(bool Detach, IReadOnlyList<Expr> Targets) : Clause;
