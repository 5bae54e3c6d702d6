namespace GraphExplorer.Cypher.Ast;

/// <summary>CALL name(args) [YIELD items [WHERE ..]]; Arguments null when written without parentheses.</summary>
public sealed record CallClause(string Procedure, IReadOnlyList<Expr>? Arguments, IReadOnlyList<YieldItem>? Yield, bool YieldAll,
    Expr? Where) : Clause;
