namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// A pull-based operator: turns a lazy stream of rows into another. Rows are slot arrays; an operator
/// that changes a row copies it first, because upstream rows may still be referenced.
/// </summary>
public abstract class Operator
{
    public abstract IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context);

    /// <summary>One line for EXPLAIN.</summary>
    public abstract string Describe();

    /// <summary>Nested pipelines (optional matches, subqueries), printed indented under this operator.</summary>
    public virtual IEnumerable<Pipeline> Children => [];

    protected static object?[] Copy(object?[] row)
    {
        var copy = new object?[row.Length];
        Array.Copy(row, copy, row.Length);
        return copy;
    }
}
