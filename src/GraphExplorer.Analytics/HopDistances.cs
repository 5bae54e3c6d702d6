namespace GraphExplorer.Analytics;

/// <summary>Hop counts from one node to every node of a <see cref="Subgraph"/>, ignoring direction (breadth-first).</summary>
internal static class HopDistances
{
    public static Dictionary<long, int> From(IReadOnlyDictionary<long, List<long>> neighbours, long start, int maxHops)
    {
        var distances = new Dictionary<long, int> { [start] = 0 };
        var queue = new Queue<long>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            var next = distances[node] + 1;
            if (next > maxHops || !neighbours.TryGetValue(node, out var around)) continue;
            foreach (var neighbour in around)
            {
                if (distances.TryAdd(neighbour, next)) queue.Enqueue(neighbour);
            }
        }
        return distances;
    }

    public static Dictionary<long, List<long>> Adjacency(Subgraph subgraph)
    {
        var neighbours = new Dictionary<long, List<long>>();
        foreach (var relationship in subgraph.Relationships.Values)
        {
            Add(neighbours, relationship.StartId, relationship.EndId);
            Add(neighbours, relationship.EndId, relationship.StartId);
        }
        return neighbours;
    }

    private static void Add(Dictionary<long, List<long>> neighbours, long from, long to)
    {
        if (!neighbours.TryGetValue(from, out var list)) neighbours[from] = list = [];
        list.Add(to);
    }
}
