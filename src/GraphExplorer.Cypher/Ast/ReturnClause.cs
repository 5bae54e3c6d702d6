namespace GraphExplorer.Cypher.Ast;

/// <summary>RETURN projection</summary>
public sealed record ReturnClause(Projection Projection) : Clause;
