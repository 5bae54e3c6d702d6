using GraphExplorer.Analytics;
using GraphExplorer.Graph.Values;
using GraphExplorer.Server.Entities;
using GraphExplorer.Server.Options;
using GraphExplorer.Server.Queries;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Paths;

/// <summary>
/// The k shortest paths between two entities. One path is the engine's own <c>shortestPath</c>; more are found by
/// QuikGraph over the subgraph that can hold them (see <see cref="PathSearch"/>). The benchmark README compares both:
/// at a million entities <c>shortestPath</c> answers in milliseconds where reading the subgraph takes most of a second.
/// </summary>
public sealed class PathReads(GraphQueries queries, EntityReads entities, IOptions<GraphExplorerOptions> options)
{
    /// <summary>The longest path <c>cypher/queries/shortest-path.cypher</c> looks for.</summary>
    private const int ShortestPathQueryHops = 6;

    private readonly GraphExplorerOptions _options = options.Value;

    /// <returns>Null when either entity does not exist.</returns>
    public PathAnswer? Find(string from, string to, int? maxHops, int? k, CancellationToken cancellation)
    {
        if (entities.Find(from, cancellation) is not { } start || entities.Find(to, cancellation) is not { } end) return null;
        var hops = Math.Clamp(maxHops ?? _options.DefaultPathHops, 1, _options.MaxPathHops);
        var count = Math.Clamp(k ?? _options.DefaultPathCount, 1, _options.MaxPathCount);
        if (count == 1 && hops <= ShortestPathQueryHops && start.Id != end.Id) return new PathAnswer(Shortest(from, to, hops, cancellation));
        return new PathAnswer(new PathSearch(queries.Database, NamedQueries.Get("path-expand")).Find(start, end, count, hops, cancellation));
    }

    private List<GraphPath> Shortest(string from, string to, int hops, CancellationToken cancellation)
    {
        var parameters = new Dictionary<string, object?> { ["from"] = from, ["to"] = to };
        return queries.Rows("shortest-path", parameters, cancellation)
            .Select(row => row[0]).OfType<GraphPath>()
            .Where(path => path.Length <= hops)
            .Take(1)
            .ToList();
    }
}
