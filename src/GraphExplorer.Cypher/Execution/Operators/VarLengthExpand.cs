using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// Variable-length expansion, *min..max, depth first, never using a relationship twice in one path
/// (trail semantics) nor one bound elsewhere in the MATCH. The slot receives the list of relationships
/// in pattern order (reversed when the planner expands right to left).
/// </summary>
public sealed class VarLengthExpand(int fromSlot, int listSlot, int toSlot, IReadOnlyList<string> types, Direction direction,
    long min, long max, bool toBound, bool reverseList, int[] uniquenessSlots, int scratchSlot, Evaluator? relationshipPredicate,
    string description) : Operator
{
    private readonly RelationshipTypeFilter _types = new(types);

    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            if (row[fromSlot] is not NodeRef from) continue;
            long target = -1;
            if (toBound)
            {
                if (row[toSlot] is not NodeRef to) continue;
                target = to.Id;
            }
            var path = new List<RelationshipRef>();
            foreach (var result in Walk(row, from.Id, path, context))
            {
                if (toBound && result.EndNode != target) continue;
                var next = Copy(row);
                var list = new List<object?>(result.Path);
                if (reverseList) list.Reverse();
                next[listSlot] = list;
                if (!toBound) next[toSlot] = new NodeRef(result.EndNode);
                yield return next;
            }
        }
    }

    private IEnumerable<(long EndNode, List<RelationshipRef> Path)> Walk(object?[] row, long start, List<RelationshipRef> path,
        QueryContext context)
    {
        // An explicit stack of enumerators keeps deep expansions off the call stack.
        var stack = new Stack<IEnumerator<RelationshipEntry>>();
        var nodes = new Stack<long>();
        nodes.Push(start);
        if (min == 0) yield return (start, path);
        if (max == 0) yield break;
        stack.Push(context.Reader.RelationshipsOf(start, direction, _types.SingleType).GetEnumerator());
        while (stack.Count > 0)
        {
            context.Tick();
            var enumerator = stack.Peek();
            if (!enumerator.MoveNext())
            {
                enumerator.Dispose();
                stack.Pop();
                nodes.Pop();
                if (path.Count > 0) path.RemoveAt(path.Count - 1);
                continue;
            }
            var entry = enumerator.Current;
            if (!_types.Admits(entry.Type)) continue;
            if (Used(row, path, entry.RelationshipId)) continue;
            var current = nodes.Peek();
            var relationship = RelationshipRef.Traversed(entry, current);
            if (relationshipPredicate is not null)
            {
                row[scratchSlot] = relationship;
                if (relationshipPredicate(row, context) is not true) continue;
            }
            path.Add(relationship);
            if (path.Count >= min) yield return (entry.OtherNodeId, path);
            if (path.Count < max)
            {
                nodes.Push(entry.OtherNodeId);
                stack.Push(context.Reader.RelationshipsOf(entry.OtherNodeId, direction, _types.SingleType).GetEnumerator());
            }
            else path.RemoveAt(path.Count - 1);
        }
    }

    private bool Used(object?[] row, List<RelationshipRef> path, long id)
    {
        foreach (var r in path) if (r.Id == id) return true;
        foreach (var slot in uniquenessSlots)
        {
            switch (row[slot])
            {
                case RelationshipRef used when used.Id == id: return true;
                case IReadOnlyList<object?> list:
                    foreach (var item in list) if (item is RelationshipRef r && r.Id == id) return true;
                    break;
            }
        }
        return false;
    }

    public override string Describe() => $"VarLengthExpand(*{min}..{(max == long.MaxValue ? "" : max)}) {description}";
}
