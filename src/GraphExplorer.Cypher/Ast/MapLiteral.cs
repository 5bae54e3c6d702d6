namespace GraphExplorer.Cypher.Ast;

/// <summary>{k: v, ...}</summary>
public sealed record MapLiteral(IReadOnlyList<MapEntry> Entries) : Expr;
