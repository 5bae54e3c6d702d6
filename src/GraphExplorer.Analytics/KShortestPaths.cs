using GraphExplorer.Graph.Values;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

namespace GraphExplorer.Analytics;

/// <summary>
/// The k shortest loopless paths of at most <c>maxHops</c> between two nodes of a <see cref="Subgraph"/>,
/// ignoring direction and counting hops (Yen's algorithm, QuikGraph). Parallel relationships between the same two
/// nodes count as one step; the path shows the first of them. Yen's algorithm runs many shortest-path searches,
/// so it is given only the nodes that can lie on such a path: those whose distances to both ends add up to at
/// most <c>maxHops</c> (measured: on the 10k-entity benchmark graph this cuts a search from seconds to milliseconds).
/// </summary>
public static class KShortestPaths
{
    public static IReadOnlyList<GraphPath> Find(Subgraph subgraph, long fromId, long toId, int k, int maxHops)
    {
        if (fromId == toId || k <= 0) return [];
        var adjacency = HopDistances.Adjacency(subgraph);
        var fromStart = HopDistances.From(adjacency, fromId, maxHops);
        var fromEnd = HopDistances.From(adjacency, toId, maxHops);
        bool OnShortPath(long id) =>
            fromStart.TryGetValue(id, out var a) && fromEnd.TryGetValue(id, out var b) && a + b <= maxHops;

        var graph = new AdjacencyGraph<long, EquatableTaggedEdge<long, double>>(allowParallelEdges: false);
        var steps = new Dictionary<(long, long), Relationship>();
        graph.AddVertexRange(subgraph.Nodes.Keys.Where(OnShortPath));
        foreach (var relationship in subgraph.Relationships.Values.OrderBy(r => r.Id))
        {
            if (relationship.StartId == relationship.EndId || !OnShortPath(relationship.StartId) || !OnShortPath(relationship.EndId)) continue;
            AddStep(graph, steps, relationship.StartId, relationship.EndId, relationship);
            AddStep(graph, steps, relationship.EndId, relationship.StartId, relationship);
        }
        if (!graph.ContainsVertex(fromId) || !graph.ContainsVertex(toId)) return [];

        var algorithm = new YenShortestPathsAlgorithm<long>(graph, fromId, toId, k, _ => 1.0);
        try
        {
            return algorithm.Execute()
                .Select(path => path.ToList())
                .Where(edges => edges.Count <= maxHops)
                .Select(edges => ToGraphPath(subgraph, steps, fromId, edges))
                .ToList();
        }
        catch (NoPathFoundException)
        {
            return [];
        }
    }

    private static void AddStep(AdjacencyGraph<long, EquatableTaggedEdge<long, double>> graph,
        Dictionary<(long, long), Relationship> steps, long source, long target, Relationship relationship)
    {
        if (steps.TryAdd((source, target), relationship))
            graph.AddEdge(new EquatableTaggedEdge<long, double>(source, target, 1.0));
    }

    private static GraphPath ToGraphPath(Subgraph subgraph, Dictionary<(long, long), Relationship> steps,
        long fromId, List<EquatableTaggedEdge<long, double>> edges)
    {
        var nodes = new List<Node> { subgraph.Nodes[fromId] };
        var relationships = new List<Relationship>();
        foreach (var edge in edges)
        {
            relationships.Add(steps[(edge.Source, edge.Target)]);
            nodes.Add(subgraph.Nodes[edge.Target]);
        }
        return new GraphPath(nodes, relationships);
    }
}
