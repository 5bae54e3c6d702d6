namespace GraphExplorer.Cypher.Ast;

/// <summary>SET target.key = value</summary>
public sealed record SetProperty(PropertyAccess Target, Expr Value) : SetItem;
