using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Analytics;

/// <summary>
/// The k shortest paths between two nodes, reading only the part of the graph that can hold them.
/// A bidirectional breadth-first search (always expanding the smaller frontier) reads levels around both ends
/// until they meet at distance d. With rA levels read around one end and rB around the other, every path of at
/// most rA + rB hops lies in what was read (each of its edges touches a node expanded by one side), so the k
/// shortest paths of that subgraph up to L = rA + rB hops are those of the whole graph. L starts at d + 1 and
/// grows, one level at a time, until k paths are found or <c>maxHops</c> is reached.
/// </summary>
/// <param name="expandQuery">
/// Cypher taking <c>$keys</c> (a list of node keys) and returning, per relationship around those nodes,
/// the columns <c>node</c> (the node expanded), <c>relationship</c> and <c>neighbour</c>.
/// </param>
public sealed class PathSearch(IGraphDatabase database, string expandQuery, int maxRelationships = 50_000)
{
    public IReadOnlyList<GraphPath> Find(Node from, Node to, int k, int maxHops, CancellationToken cancellation = default)
    {
        if (from.Id == to.Id || k <= 0 || maxHops <= 0) return [];
        var subgraph = new Subgraph();
        subgraph.Add(from);
        subgraph.Add(to);
        var start = new SearchSide(from);
        var end = new SearchSide(to);

        var distance = Distance(start, end);
        while (distance is null && start.Levels + end.Levels < maxHops)
        {
            if (!ExpandSmaller(subgraph, start, end, cancellation)) return [];
            distance = Distance(start, end);
        }
        if (distance is null) return [];

        var hops = Math.Min(distance.Value + 1, maxHops);
        while (true)
        {
            while (start.Levels + end.Levels < hops && ExpandSmaller(subgraph, start, end, cancellation)) { }
            var paths = KShortestPaths.Find(subgraph, from.Id, to.Id, k, hops);
            if (paths.Count >= k || hops >= maxHops || Full(subgraph)) return paths;
            hops++;
        }
    }

    private bool Full(Subgraph subgraph) => subgraph.Relationships.Count >= maxRelationships;

    /// <summary>The length of the shortest path through the nodes both sides reached, if any.</summary>
    private static int? Distance(SearchSide start, SearchSide end)
    {
        int? best = null;
        var (small, large) = start.Depths.Count <= end.Depths.Count ? (start, end) : (end, start);
        foreach (var (id, depth) in small.Depths)
        {
            if (large.Depths.TryGetValue(id, out var other) && (best is null || depth + other < best)) best = depth + other;
        }
        return best;
    }

    /// <returns>False when neither side has anything left to expand, or the subgraph reached its cap.</returns>
    private bool ExpandSmaller(Subgraph subgraph, SearchSide start, SearchSide end, CancellationToken cancellation)
    {
        if (Full(subgraph)) return false;
        var side = start.Frontier.Count == 0 ? end
            : end.Frontier.Count == 0 ? start
            : start.Frontier.Count <= end.Frontier.Count ? start : end;
        if (side.Frontier.Count == 0) return false;
        Expand(subgraph, side, cancellation);
        return true;
    }

    private void Expand(Subgraph subgraph, SearchSide side, CancellationToken cancellation)
    {
        var keys = side.Frontier.Select(KeyOf).OfType<string>().ToList();
        var next = new List<Node>();
        using var result = database.Run(expandQuery, new Dictionary<string, object?> { ["keys"] = keys }, AccessMode.Read, cancellation);
        foreach (var row in result)
        {
            if (row[1] is not Relationship relationship || row[2] is not Node neighbour) continue;
            subgraph.Add(relationship);
            subgraph.Add(neighbour);
            if (side.Depths.TryAdd(neighbour.Id, side.Levels + 1)) next.Add(neighbour);
            // A hub can pull in most of the graph; past the cap, the paths found are those of what was read.
            if (Full(subgraph)) break;
        }
        side.Frontier = next;
        side.Levels++;
    }

    private static string? KeyOf(Node node) => node.Properties.TryGetValue("key", out var key) ? key as string : null;
}
