namespace GraphExplorer.Cypher.Ast;

/// <summary>v { .key, key: expr, other, .* }</summary>
public sealed record MapProjection(string Variable, IReadOnlyList<MapProjectionItem> Items) : Expr;
