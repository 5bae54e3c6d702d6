namespace GraphExplorer.Cypher.Ast;

/// <summary>SET v = map, or SET v += map when Merge.</summary>
public sealed record SetAllProperties(Expr Target, Expr Value, bool Merge) : SetItem;
