namespace GraphExplorer.Cypher.Ast;

/// <summary>The base of everything the parser returns.</summary>
public abstract record Statement;
