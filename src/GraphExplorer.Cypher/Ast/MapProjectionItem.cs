namespace GraphExplorer.Cypher.Ast;

/// <summary>One item of a map projection; Key null with Value null means .* (all properties).</summary>
public sealed record MapProjectionItem(string? Key, Expr? Value, bool AllProperties);
