namespace GraphExplorer.Cypher.Ast;

/// <summary>name(args), with DISTINCT for aggregates.</summary>
public sealed record FunctionCall(string Name, bool Distinct, IReadOnlyList<Expr> Arguments) : Expr;
