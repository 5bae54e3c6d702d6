namespace GraphExplorer.Cypher.Ast;

/// <summary>One or more single queries joined by UNION [ALL]; UnionAll[i] joins Parts[i] and Parts[i+1].</summary>
public sealed record Query(IReadOnlyList<SingleQuery> Parts, IReadOnlyList<bool> UnionAll, bool Explain) : Statement;
