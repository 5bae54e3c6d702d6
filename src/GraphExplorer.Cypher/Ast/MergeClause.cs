namespace GraphExplorer.Cypher.Ast;

/// <summary>MERGE pattern [ON CREATE SET ..] [ON MATCH SET ..]</summary>
public sealed record MergeClause(PatternPart Pattern, IReadOnlyList<SetItem> OnCreate, IReadOnlyList<SetItem> OnMatch) : Clause;
