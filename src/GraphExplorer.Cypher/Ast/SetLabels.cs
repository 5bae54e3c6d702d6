namespace GraphExplorer.Cypher.Ast;

/// <summary>SET v:A:B</summary>
public sealed record SetLabels(string Variable, IReadOnlyList<string> Labels) : SetItem;
