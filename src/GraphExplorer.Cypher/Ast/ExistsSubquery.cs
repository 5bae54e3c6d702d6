namespace GraphExplorer.Cypher.Ast;

/// <summary>
/// EXISTS { pattern [WHERE predicate] } or EXISTS { MATCH pattern [WHERE predicate] } (Patterns and Where), or a
/// full existential subquery, EXISTS { MATCH ... WITH ... RETURN ... } (Body): true when the body yields a row.
/// </summary>
public sealed record ExistsSubquery(IReadOnlyList<PatternPart> Patterns, Expr? Where, Query? Body = null) : Expr;
