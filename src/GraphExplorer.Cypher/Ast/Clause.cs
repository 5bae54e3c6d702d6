namespace GraphExplorer.Cypher.Ast;

/// <summary>The base of every clause.</summary>
public abstract record Clause
{
    public int Offset { get; init; }
}
