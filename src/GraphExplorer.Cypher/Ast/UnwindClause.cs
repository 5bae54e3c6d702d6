namespace GraphExplorer.Cypher.Ast;

/// <summary>UNWIND list AS variable</summary>
public sealed record UnwindClause(Expr List, string Variable) : Clause;
