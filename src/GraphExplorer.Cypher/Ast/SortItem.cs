namespace GraphExplorer.Cypher.Ast;

/// <summary>expr [ASC|DESC]</summary>
public sealed record SortItem(Expr Expression, bool Descending);
