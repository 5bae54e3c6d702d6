namespace GraphExplorer.Cypher.Ast;

/// <summary>YIELD field [AS alias]</summary>
public sealed record YieldItem(string Field, string? Alias)
{
    public string Name => Alias ?? Field;
}
