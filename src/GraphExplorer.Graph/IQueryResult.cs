namespace GraphExplorer.Graph;

/// <summary>
/// The result of one query: its columns, then its records streamed in order (each an array of values in
/// column order, see <see cref="Values.CypherValues"/>). Enumerate once. <see cref="Stats"/> is complete
/// after the records have been consumed; errors found while streaming are thrown from the enumeration.
/// </summary>
public interface IQueryResult : IEnumerable<object?[]>, IDisposable
{
    IReadOnlyList<string> Columns { get; }
    QueryKind Kind { get; }
    QueryStats Stats { get; }
}
