using GraphExplorer.Analytics;
using GraphExplorer.Server.Entities;
using GraphExplorer.Server.Options;
using GraphExplorer.Server.Queries;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Paths;

/// <summary>The k shortest paths between two entities: QuikGraph over the subgraph that can hold them (see <see cref="PathSearch"/>).</summary>
public sealed class PathReads(GraphQueries queries, EntityReads entities, IOptions<GraphExplorerOptions> options)
{
    private readonly GraphExplorerOptions _options = options.Value;

    /// <returns>Null when either entity does not exist.</returns>
    public PathAnswer? Find(string from, string to, int? maxHops, int? k, CancellationToken cancellation)
    {
        if (entities.Find(from, cancellation) is not { } start || entities.Find(to, cancellation) is not { } end) return null;
        var hops = Math.Clamp(maxHops ?? _options.DefaultPathHops, 1, _options.MaxPathHops);
        var count = Math.Clamp(k ?? _options.DefaultPathCount, 1, _options.MaxPathCount);
        return new PathAnswer(new PathSearch(queries.Database, NamedQueries.Get("path-expand")).Find(start, end, count, hops, cancellation));
    }
}
