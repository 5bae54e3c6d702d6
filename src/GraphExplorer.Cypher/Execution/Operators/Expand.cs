using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// Follows one relationship from a bound node. When the far node is already bound it only checks
/// (ExpandInto). Relationships already bound in the same MATCH are skipped (relationship uniqueness).
/// </summary>
public sealed class Expand(int fromSlot, int relationshipSlot, int toSlot, IReadOnlyList<string> types, Direction direction,
    bool toBound, int[] uniquenessSlots, string description) : Operator
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
            foreach (var entry in context.Reader.RelationshipsOf(from.Id, direction, _types.SingleType))
            {
                context.Tick();
                if (!_types.Admits(entry.Type)) continue;
                if (toBound && entry.OtherNodeId != target) continue;
                if (IsUsed(row, entry.RelationshipId)) continue;
                var relationship = RelationshipRef.Traversed(entry, from.Id);
                var next = Copy(row);
                next[relationshipSlot] = relationship;
                if (!toBound) next[toSlot] = new NodeRef(entry.OtherNodeId);
                yield return next;
            }
        }
    }

    /// <summary>
    /// True when this expands from the slot to a fresh node with no uniqueness checks, so the far node ids
    /// alone (<see cref="FarNodeIds"/>) say which rows it would produce.
    /// </summary>
    internal bool ExpandsFreshlyFrom(int slot) => fromSlot == slot && !toBound && uniquenessSlots.Length == 0;

    internal int ToSlot => toSlot;

    /// <summary>The far node of every row this would produce from the node, without building rows.</summary>
    internal IEnumerable<long> FarNodeIds(long fromId, QueryContext context)
    {
        foreach (var entry in context.Reader.RelationshipsOf(fromId, direction, _types.SingleType))
        {
            context.Tick();
            if (!_types.Admits(entry.Type)) continue;
            yield return entry.OtherNodeId;
        }
    }

    private bool IsUsed(object?[] row, long relationshipId)
    {
        foreach (var slot in uniquenessSlots)
        {
            switch (row[slot])
            {
                case RelationshipRef used when used.Id == relationshipId: return true;
                case IReadOnlyList<object?> list:
                    foreach (var item in list) if (item is RelationshipRef r && r.Id == relationshipId) return true;
                    break;
            }
        }
        return false;
    }

    public override string Describe() => (toBound ? "Expand(Into) " : "Expand(All) ") + description;
}
