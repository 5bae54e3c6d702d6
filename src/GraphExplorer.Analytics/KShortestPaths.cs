using GraphExplorer.Graph.Values;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

namespace GraphExplorer.Analytics;

/// <summary>
/// The k shortest loopless paths between two nodes of a <see cref="Subgraph"/>, ignoring direction and
/// counting hops (Yen's algorithm, QuikGraph). Parallel relationships between the same two nodes count as one
/// step; the path shows the first of them.
/// </summary>
public static class KShortestPaths
{
    public static IReadOnlyList<GraphPath> Find(Subgraph subgraph, long fromId, long toId, int k, int maxHops)
    {
        if (fromId == toId || k <= 0) return [];
        var graph = new AdjacencyGraph<long, EquatableTaggedEdge<long, double>>(allowParallelEdges: false);
        var steps = new Dictionary<(long, long), Relationship>();
        graph.AddVertexRange(subgraph.Nodes.Keys);
        foreach (var relationship in subgraph.Relationships.Values.OrderBy(r => r.Id))
        {
            if (relationship.StartId == relationship.EndId) continue;
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
