using System.Runtime.InteropServices;

namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// The write transaction's changes to adjacency, kept without any per-node object so bulk loads stay cheap
/// for the garbage collector: added relationship ends in one growing array, chained per node, and the ids
/// of deleted relationships. Reads inside the transaction merge them with the published
/// <see cref="AdjacencyBlock"/>; commit writes each touched node's new block once.
/// </summary>
internal sealed class AdjacencyChanges(TokenTable tokens, AdjacencyArena arena)
{
    private PendingEntry[] _entries = new PendingEntry[64];
    private int _count;
    private readonly Dictionary<long, (int Head, int Tail)> _chains = [];
    private readonly HashSet<long> _removed = [];
    private readonly List<int> _types = [];
    private int[] _counts = new int[3 * 16];
    private int[] _fill = new int[2 * 16];

    public IEnumerable<long> TouchedNodes => _chains.Keys;

    public bool Touches(long nodeId) => _chains.ContainsKey(nodeId);

    public void Add(long nodeId, int typeId, Direction direction, long relationshipId, long otherNodeId)
    {
        if (_count == _entries.Length) Array.Resize(ref _entries, _count * 2);
        var index = _count++;
        _entries[index] = new PendingEntry
        {
            TypeId = typeId, RelationshipId = relationshipId, OtherNodeId = otherNodeId, Direction = direction, Next = -1,
        };
        ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(_chains, nodeId, out var existed);
        if (!existed || chain.Head < 0) chain = (index, index);
        else
        {
            _entries[chain.Tail].Next = index;
            chain.Tail = index;
        }
    }

    public void Remove(long relationshipId, long startId, long endId)
    {
        _removed.Add(relationshipId);
        _chains.TryAdd(startId, (-1, -1));
        _chains.TryAdd(endId, (-1, -1));
    }

    /// <summary>The node's relationships as of now: published ones not deleted, then added ones present at the call.</summary>
    public IEnumerable<RelationshipEntry> Entries(long nodeId, AdjacencyBlock published, Direction direction, string? type)
    {
        var typeId = type is null ? -1 : tokens.FindTypeId(type);
        if (type is not null && typeId < 0) return [];
        var chain = _chains.TryGetValue(nodeId, out var c) ? c : (Head: -1, Tail: -1);
        return Entries(nodeId, published, direction, type is not null, typeId, chain.Head, chain.Tail);
    }

    private IEnumerable<RelationshipEntry> Entries(long nodeId, AdjacencyBlock published, Direction direction, bool oneType, int typeId, int head, int last)
    {
        for (var g = 0; g < published.GroupCount; g++)
        {
            if (oneType && published.TypeIdAt(g) != typeId) continue;
            var group = published.Group(g, tokens);
            if (direction != Direction.Incoming)
                foreach (var e in group.Outgoing)
                    if (!_removed.Contains(e.RelationshipId))
                        yield return new RelationshipEntry(e.RelationshipId, e.OtherNodeId, group.Type, Direction.Outgoing);
            if (direction != Direction.Outgoing)
                foreach (var e in group.Incoming)
                    if (!_removed.Contains(e.RelationshipId) && !(direction == Direction.Both && e.OtherNodeId == nodeId))
                        yield return new RelationshipEntry(e.RelationshipId, e.OtherNodeId, group.Type, Direction.Incoming);
        }
        for (var i = head; i >= 0; i = i == last ? -1 : _entries[i].Next)
        {
            var e = _entries[i];
            if (oneType && e.TypeId != typeId) continue;
            if (direction != Direction.Both && e.Direction != direction) continue;
            if (direction == Direction.Both && e.Direction == Direction.Incoming && e.OtherNodeId == nodeId) continue;
            if (_removed.Contains(e.RelationshipId)) continue;
            yield return new RelationshipEntry(e.RelationshipId, e.OtherNodeId, tokens.TypeName(e.TypeId), e.Direction);
        }
    }

    /// <summary>Writes the node's new immutable block into the arena (empty when no relationship is left).</summary>
    public AdjacencyBlock Build(long nodeId, AdjacencyBlock published)
    {
        _types.Clear();
        Array.Clear(_counts);
        var total = Visit(nodeId, published, null, 0);
        if (total == 0) return default;

        var groups = _types.Count;
        var length = AdjacencyBlock.HeaderLength(groups) + total;
        var (chunk, offset) = arena.Allocate(length);
        AdjacencyBlock.WriteHeader(chunk, offset, groups, length);
        var at = offset + AdjacencyBlock.HeaderLength(groups);
        for (var g = 0; g < groups; g++)
        {
            AdjacencyBlock.WriteDescriptor(chunk, offset, g, _types[g], _counts[3 * g + 2], _counts[3 * g], _counts[3 * g + 1]);
            _fill[2 * g] = at;
            at += _counts[3 * g];
            _fill[2 * g + 1] = at;
            at += _counts[3 * g + 1];
        }
        Visit(nodeId, published, chunk, 0);
        return new AdjacencyBlock(chunk, offset);
    }

    /// <summary>
    /// One pass over the node's live relationship ends, published then added: without <paramref name="target"/>
    /// it counts them per type (outgoing, incoming, self-loops); with it, it copies them to their ranges.
    /// </summary>
    private int Visit(long nodeId, AdjacencyBlock published, AdjacencyEntry[]? target, int total)
    {
        var checkRemoved = _removed.Count > 0;
        for (var g = 0; g < published.GroupCount; g++)
        {
            var group = published.Group(g, tokens);
            var t = TypeSlot(published.TypeIdAt(g));
            foreach (var e in group.Outgoing)
                if (!checkRemoved || !_removed.Contains(e.RelationshipId)) total += Place(t, true, e, nodeId, target);
            foreach (var e in group.Incoming)
                if (!checkRemoved || !_removed.Contains(e.RelationshipId)) total += Place(t, false, e, nodeId, target);
        }
        if (_chains.TryGetValue(nodeId, out var chain) && chain.Head >= 0)
        {
            for (var i = chain.Head; i >= 0; i = i == chain.Tail ? -1 : _entries[i].Next)
            {
                ref readonly var e = ref _entries[i];
                if (checkRemoved && _removed.Contains(e.RelationshipId)) continue;
                total += Place(TypeSlot(e.TypeId), e.Direction == Direction.Outgoing, new AdjacencyEntry(e.RelationshipId, e.OtherNodeId), nodeId, target);
            }
        }
        return total;
    }

    private int Place(int type, bool outgoing, AdjacencyEntry entry, long nodeId, AdjacencyEntry[]? target)
    {
        if (target is not null) target[_fill[2 * type + (outgoing ? 0 : 1)]++] = entry;
        else
        {
            _counts[3 * type + (outgoing ? 0 : 1)]++;
            if (outgoing && entry.OtherNodeId == nodeId) _counts[3 * type + 2]++;
        }
        return 1;
    }

    private int TypeSlot(int typeId)
    {
        var i = _types.IndexOf(typeId);
        if (i >= 0) return i;
        _types.Add(typeId);
        if (_fill.Length < 2 * _types.Count)
        {
            Array.Resize(ref _fill, 4 * _types.Count);
            Array.Resize(ref _counts, 6 * _types.Count);
        }
        return _types.Count - 1;
    }
}
