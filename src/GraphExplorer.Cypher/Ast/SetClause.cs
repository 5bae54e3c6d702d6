namespace GraphExplorer.Cypher.Ast;

/// <summary>SET items</summary>
public sealed record SetClause(IReadOnlyList<SetItem> Items) : Clause;
