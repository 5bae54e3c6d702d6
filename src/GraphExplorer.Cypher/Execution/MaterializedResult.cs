using System.Collections;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Execution;

/// <summary>A fully computed query result.</summary>
public sealed class MaterializedResult(IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows, QueryKind kind, QueryStats stats)
    : IQueryResult
{
    public IReadOnlyList<string> Columns { get; } = columns;
    public QueryKind Kind { get; } = kind;
    public QueryStats Stats { get; } = stats;

    public IEnumerator<object?[]> GetEnumerator() => rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose()
    {
    }
}
