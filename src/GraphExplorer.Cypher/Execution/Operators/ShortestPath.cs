using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// shortestPath / allShortestPaths between two bound nodes: a breadth-first search that records, per
/// node, the relationships reaching it at its shortest depth, then walks those back into paths.
/// </summary>
public sealed class ShortestPath(int fromSlot, int toSlot, int relationshipSlot, int pathSlot, IReadOnlyList<string> types,
    Direction direction, long min, long max, bool all, string description) : Operator
{
    private readonly HashSet<string>? _types = types.Count > 0 ? new HashSet<string>(types, StringComparer.Ordinal) : null;

    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            if (row[fromSlot] is not NodeRef from || row[toSlot] is not NodeRef to) continue;
            foreach (var path in all ? Search(from.Id, to.Id, context) : Bidirectional(from.Id, to.Id, context))
            {
                var next = Copy(row);
                next[pathSlot] = path;
                if (relationshipSlot >= 0) next[relationshipSlot] = path.Relationships.Cast<object?>().ToList();
                yield return next;
                if (!all) break;
            }
        }
    }

    /// <summary>One shortest path: breadth-first from both ends, always growing the smaller frontier, until they meet.</summary>
    private List<PathValue> Bidirectional(long start, long end, QueryContext context)
    {
        if (start == end || min > 1) return Search(start, end, context);
        var reverse = direction switch { Direction.Outgoing => Direction.Incoming, Direction.Incoming => Direction.Outgoing, _ => Direction.Both };
        var forward = new Dictionary<long, RelationshipRef?> { [start] = null };
        var backward = new Dictionary<long, RelationshipRef?> { [end] = null };
        var forwardFrontier = new List<long> { start };
        var backwardFrontier = new List<long> { end };
        long depth = 0;
        while (forwardFrontier.Count > 0 && backwardFrontier.Count > 0 && depth < max)
        {
            depth++;
            var growForward = forwardFrontier.Count <= backwardFrontier.Count;
            var frontier = growForward ? forwardFrontier : backwardFrontier;
            var parents = growForward ? forward : backward;
            var others = growForward ? backward : forward;
            var next = new List<long>();
            foreach (var node in frontier)
            {
                foreach (var entry in context.Reader.RelationshipsOf(node, growForward ? direction : reverse))
                {
                    context.Tick();
                    if (_types is not null && !_types.Contains(entry.Type)) continue;
                    if (parents.ContainsKey(entry.OtherNodeId)) continue;
                    var relationship = RelationshipRef.Traversed(entry, node);
                    parents[entry.OtherNodeId] = relationship;
                    if (others.ContainsKey(entry.OtherNodeId)) return [Join(entry.OtherNodeId, start, forward, backward)];
                    next.Add(entry.OtherNodeId);
                }
            }
            if (growForward) forwardFrontier = next;
            else backwardFrontier = next;
        }
        return [];
    }

    private static PathValue Join(long meeting, long start, Dictionary<long, RelationshipRef?> forward, Dictionary<long, RelationshipRef?> backward)
    {
        var nodes = new List<long>();
        var relationships = new List<RelationshipRef>();
        for (var node = meeting; forward[node] is { } via; node = Other(via, node))
        {
            relationships.Add(via);
            nodes.Add(node);
        }
        nodes.Add(start);
        nodes.Reverse();
        relationships.Reverse();
        for (var node = meeting; backward[node] is { } via;)
        {
            relationships.Add(via);
            node = Other(via, node);
            nodes.Add(node);
        }
        return new PathValue(nodes.ToArray(), relationships.ToArray());
    }

    private static long Other(RelationshipRef relationship, long node) => relationship.StartId == node ? relationship.EndId : relationship.StartId;

    private List<PathValue> Search(long start, long end, QueryContext context)
    {
        if (start == end)
            return min == 0 ? [new PathValue([start], [])] : [];
        var parents = new Dictionary<long, List<RelationshipRef>> { [start] = [] };
        var frontier = new List<long> { start };
        var depth = 0L;
        var found = false;
        while (frontier.Count > 0 && depth < max && !found)
        {
            depth++;
            var next = new List<long>();
            var reachedNow = new Dictionary<long, List<RelationshipRef>>();
            foreach (var node in frontier)
            {
                foreach (var entry in context.Reader.RelationshipsOf(node, direction))
                {
                    context.Tick();
                    if (_types is not null && !_types.Contains(entry.Type)) continue;
                    if (parents.ContainsKey(entry.OtherNodeId)) continue;
                    var relationship = RelationshipRef.Traversed(entry, node);
                    if (!reachedNow.TryGetValue(entry.OtherNodeId, out var via))
                    {
                        via = [];
                        reachedNow[entry.OtherNodeId] = via;
                        next.Add(entry.OtherNodeId);
                    }
                    via.Add(relationship);
                    if (entry.OtherNodeId == end) found = true;
                }
            }
            foreach (var (node, via) in reachedNow) parents[node] = via;
            frontier = next;
        }
        if (!found || depth < min) return [];
        var paths = new List<PathValue>();
        var relationships = new List<RelationshipRef>();
        Unwind(end, start, parents, relationships, paths);
        return paths;
    }

    private void Unwind(long node, long start, Dictionary<long, List<RelationshipRef>> parents, List<RelationshipRef> suffix,
        List<PathValue> paths)
    {
        if (node == start)
        {
            var rels = suffix.AsEnumerable().Reverse().ToArray();
            var nodes = new long[rels.Length + 1];
            nodes[0] = start;
            for (var i = 0; i < rels.Length; i++) nodes[i + 1] = rels[i].StartId == nodes[i] ? rels[i].EndId : rels[i].StartId;
            paths.Add(new PathValue(nodes, rels));
            return;
        }
        foreach (var relationship in parents[node])
        {
            if (!all && paths.Count > 0) return;
            suffix.Add(relationship);
            Unwind(relationship.StartId == node ? relationship.EndId : relationship.StartId, start, parents, suffix, paths);
            suffix.RemoveAt(suffix.Count - 1);
        }
    }

    public override string Describe() => (all ? "AllShortestPaths(" : "ShortestPath(") + description + ")";
}
