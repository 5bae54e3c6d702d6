namespace GraphExplorer.Cypher.Ast;

/// <summary>The body shared by WITH and RETURN.</summary>
public sealed record Projection(bool Distinct, bool Star, IReadOnlyList<ProjectionItem> Items, IReadOnlyList<SortItem> OrderBy,
    Expr? Skip, Expr? Limit);
