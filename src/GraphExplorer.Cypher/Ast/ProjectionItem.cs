namespace GraphExplorer.Cypher.Ast;

/// <summary>expr [AS alias]; Text is the expression as written, the column name when there is no alias.</summary>
public sealed record ProjectionItem(Expr Expression, string? Alias, string Text)
{
    public string Name => Alias ?? Text;
}
