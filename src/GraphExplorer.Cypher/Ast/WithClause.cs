namespace GraphExplorer.Cypher.Ast;

/// <summary>WITH projection [WHERE predicate]</summary>
public sealed record WithClause(Projection Projection, Expr? Where) : Clause;
