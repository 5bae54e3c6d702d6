namespace GraphExplorer.Cypher.Ast;

/// <summary>The base of SET items.</summary>
public abstract record SetItem;
