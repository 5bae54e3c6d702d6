namespace GraphExplorer.Cypher.Ast;

/// <summary>A relationship pattern used as a predicate: true when it has a match.</summary>
public sealed record PatternExpression(PatternPart Pattern) : Expr;
