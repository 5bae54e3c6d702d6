namespace GraphExplorer.Cypher.Ast;

/// <summary>reduce(acc = init, x IN source | body)</summary>
public sealed record Reduce(string Accumulator, Expr Initial, string Variable, Expr Source, Expr Body) : Expr;
