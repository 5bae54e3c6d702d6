using GraphExplorer.Cypher.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>Compares expressions by their canonical text, so that a rewritten copy still finds its aggregate's slot.</summary>
public sealed class ExpressionTextComparer : IEqualityComparer<Expr>
{
    public static ExpressionTextComparer Instance { get; } = new();

    public bool Equals(Expr? x, Expr? y) => x is not null && y is not null && AstPrinter.Print(x) == AstPrinter.Print(y);

    public int GetHashCode(Expr expression) => AstPrinter.Print(expression).GetHashCode(StringComparison.Ordinal);
}
