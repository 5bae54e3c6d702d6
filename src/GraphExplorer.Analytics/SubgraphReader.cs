using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Analytics;

/// <summary>
/// Reads the part of the graph that can hold a path of at most <c>maxHops</c> between two nodes: a
/// breadth-first search from each end, ⌈maxHops/2⌉ levels from the start and ⌊maxHops/2⌋ from the end.
/// Every node of such a path lies within one of the two balls, and every edge of it is incident to a node
/// expanded by one of the searches, so the k shortest paths of the subgraph are those of the whole graph.
/// </summary>
/// <param name="expandQuery">
/// Cypher taking <c>$keys</c> (a list of node keys) and returning, per relationship around those nodes,
/// the columns <c>node</c> (the node expanded), <c>relationship</c> and <c>neighbour</c>.
/// </param>
public sealed class SubgraphReader(IGraphDatabase database, string expandQuery, int maxRelationships = 50_000)
{
    public Subgraph Read(Node from, Node to, int maxHops, CancellationToken cancellation = default)
    {
        var subgraph = new Subgraph();
        subgraph.Add(from);
        subgraph.Add(to);
        Expand(subgraph, from, (maxHops + 1) / 2, cancellation);
        Expand(subgraph, to, maxHops / 2, cancellation);
        return subgraph;
    }

    private void Expand(Subgraph subgraph, Node start, int levels, CancellationToken cancellation)
    {
        var seen = new HashSet<long> { start.Id };
        var frontier = new List<Node> { start };
        for (var level = 0; level < levels && frontier.Count > 0; level++)
        {
            var keys = frontier.Select(KeyOf).OfType<string>().ToList();
            var parameters = new Dictionary<string, object?> { ["keys"] = keys };
            var next = new List<Node>();
            using var result = database.Run(expandQuery, parameters, AccessMode.Read, cancellation);
            foreach (var row in result)
            {
                if (row[1] is not Relationship relationship || row[2] is not Node neighbour) continue;
                subgraph.Add(relationship);
                subgraph.Add(neighbour);
                if (seen.Add(neighbour.Id)) next.Add(neighbour);
                // A hub can pull in most of the graph; past the cap, paths through it are still found
                // from what was read, only alternatives further out are not.
                if (subgraph.Relationships.Count >= maxRelationships) return;
            }
            frontier = next;
        }
    }

    private static string? KeyOf(Node node) => node.Properties.TryGetValue("key", out var key) ? key as string : null;
}
