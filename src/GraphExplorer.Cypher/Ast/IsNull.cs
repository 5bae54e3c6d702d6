namespace GraphExplorer.Cypher.Ast;

/// <summary>x IS NULL, or x IS NOT NULL when Negated.</summary>
public sealed record IsNull(Expr Operand, bool Negated) : Expr;
