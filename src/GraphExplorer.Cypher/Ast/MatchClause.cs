namespace GraphExplorer.Cypher.Ast;

/// <summary>[OPTIONAL] MATCH patterns [WHERE predicate]</summary>
public sealed record MatchClause(bool Optional, IReadOnlyList<PatternPart> Patterns, Expr? Where) : Clause;
