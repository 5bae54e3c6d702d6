using GraphExplorer.Graph;

namespace GraphExplorer.Benchmarks.Queries;

/// <summary>The engine's EXPLAIN of a benchmark query, for finding why it is slow.</summary>
public sealed class QueryPlan(IGraphDatabase database, BenchmarkQuery query)
{
    public string Text()
    {
        try
        {
            using var result = database.Run("EXPLAIN " + query.Text, query.Parameters, AccessMode.Read);
            return $"== {query.Id}: {query.Text}\n" + string.Join("\n", result.Select(row => string.Join(" | ", row)));
        }
        catch (GraphDatabaseException e)
        {
            return $"== {query.Id}: no plan ({e.Message})";
        }
    }
}
