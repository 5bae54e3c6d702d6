namespace GraphExplorer.Cypher.Ast;

/// <summary>CASE [subject] WHEN .. THEN .. [ELSE ..] END</summary>
public sealed record CaseExpression(Expr? Subject, IReadOnlyList<CaseAlternative> Alternatives, Expr? Else) : Expr;
