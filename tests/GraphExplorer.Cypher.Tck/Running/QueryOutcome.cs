using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tck.Running;

/// <summary>The fully consumed result of the scenario's query, or the error it raised.</summary>
public sealed record QueryOutcome(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, GraphDatabaseException? Error)
{
    public static QueryOutcome Execute(IGraphDatabase database, string query, IReadOnlyDictionary<string, object?> parameters,
        CancellationToken cancellation)
    {
        try
        {
            using var result = database.Run(query, parameters, AccessMode.Write, cancellation);
            var columns = result.Columns.ToList();
            var rows = result.ToList();
            return new QueryOutcome(columns, rows, null);
        }
        catch (GraphDatabaseException error)
        {
            return new QueryOutcome([], [], error);
        }
    }
}
