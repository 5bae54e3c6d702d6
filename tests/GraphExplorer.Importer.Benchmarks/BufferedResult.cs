using System.Collections;
using GraphExplorer.Graph;

namespace GraphExplorer.Importer.Benchmarks;

/// <summary>A query result read to the end at once, so the time to compute its records is counted with the query.</summary>
internal sealed class BufferedResult : IQueryResult
{
    private readonly List<object?[]> _records;

    private BufferedResult(IReadOnlyList<string> columns, QueryKind kind, List<object?[]> records, QueryStats stats)
    {
        Columns = columns;
        Kind = kind;
        _records = records;
        Stats = stats;
    }

    public IReadOnlyList<string> Columns { get; }
    public QueryKind Kind { get; }
    public QueryStats Stats { get; }

    public static BufferedResult Of(IQueryResult result)
    {
        using (result)
        {
            var records = result.ToList();
            return new BufferedResult(result.Columns, result.Kind, records, result.Stats);
        }
    }

    public IEnumerator<object?[]> GetEnumerator() => _records.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public void Dispose() { }
}
