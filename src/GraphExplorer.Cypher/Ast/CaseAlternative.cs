namespace GraphExplorer.Cypher.Ast;

/// <summary>One WHEN .. THEN .. of a CASE.</summary>
public sealed record CaseAlternative(Expr When, Expr Then);
