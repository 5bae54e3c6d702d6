namespace GraphExplorer.Cypher.Ast;

/// <summary>A sequence of clauses.</summary>
public sealed record SingleQuery(IReadOnlyList<Clause> Clauses);
