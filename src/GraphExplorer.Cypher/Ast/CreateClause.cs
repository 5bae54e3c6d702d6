namespace GraphExplorer.Cypher.Ast;

/// <summary>CREATE patterns</summary>
public sealed record CreateClause(IReadOnlyList<PatternPart> Patterns) : Clause;
