namespace GraphExplorer.Cypher.Ast;

/// <summary>REMOVE items</summary>
public sealed record RemoveClause(IReadOnlyList<RemoveItem> Items) : Clause;
