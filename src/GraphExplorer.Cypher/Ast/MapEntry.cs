namespace GraphExplorer.Cypher.Ast;

/// <summary>One key and value of a map literal.</summary>
public sealed record MapEntry(string Key, Expr Value);
