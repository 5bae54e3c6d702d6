namespace GraphExplorer.Cypher.Ast;

/// <summary>The base of every expression; Offset is where it starts in the query text.</summary>
public abstract record Expr
{
    public int Offset { get; init; }
}
