using System.Collections;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tck.Tests.Running;

/// <summary>A canned query result for <see cref="ScriptedDatabase"/>.</summary>
public sealed class ScriptedResult(IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows) : IQueryResult
{
    public static ScriptedResult Empty { get; } = new([], []);

    public IReadOnlyList<string> Columns { get; } = columns;
    public QueryKind Kind => QueryKind.ReadOnly;
    public QueryStats Stats => QueryStats.None;

    public IEnumerator<object?[]> GetEnumerator() => rows.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public void Dispose() { }
}
