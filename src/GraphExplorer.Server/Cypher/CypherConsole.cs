using GraphExplorer.Graph;
using GraphExplorer.Server.Options;
using GraphExplorer.Server.Search;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Cypher;

/// <summary>
/// Runs a researcher's Cypher. Without the admin key it runs in a read transaction, where the engine refuses a
/// writing query before executing it (Neo.ClientError.Statement.AccessMode → 403). Time and rows are capped.
/// </summary>
public sealed class CypherConsole(IGraphDatabase database, SearchIndexLoader searchIndex, IOptions<CypherOptions> options)
{
    private readonly CypherOptions _options = options.Value;

    public async Task<CypherAnswer> RunAsync(CypherRequest request, AccessMode mode, CancellationToken requestAborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        timeout.CancelAfter(_options.Timeout);
        var answer = await Task.Run(() => Run(request, mode, timeout.Token), timeout.Token);
        // An administrator may have changed entities in any way; rebuild the search index from the graph.
        if (answer.Stats.ContainsUpdates) searchIndex.LoadAll(CancellationToken.None);
        return answer;
    }

    private CypherAnswer Run(CypherRequest request, AccessMode mode, CancellationToken cancellation)
    {
        using var result = database.Run(request.Query, request.Parameters, mode, cancellation);
        var rows = new List<object?[]>();
        var graph = new ResultGraph();
        var truncated = false;
        foreach (var row in result)
        {
            cancellation.ThrowIfCancellationRequested();
            if (rows.Count == _options.MaxRows) { truncated = true; break; }
            rows.Add(row);
            foreach (var value in row) graph.Collect(value);
        }
        return new CypherAnswer(result.Columns, rows, graph, result.Stats, truncated);
    }
}
