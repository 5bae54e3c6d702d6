using GraphExplorer.Graph.Values;

namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>Reads one <see cref="GraphState"/>: the published one for a reader, the private one for the writer.</summary>
internal abstract class GraphReader : IGraphReader, ILabelStatistics
{
    protected GraphReader(GraphState state) => State = state;

    protected GraphState State { get; }

    protected abstract void EnsureOpen();

    public long NodeCount { get { EnsureOpen(); return State.NodeCount; } }
    public long RelationshipCount { get { EnsureOpen(); return State.RelationshipCount; } }
    public long UnlabelledNodeCount { get { EnsureOpen(); return State.UnlabelledNodeCount; } }

    public bool NodeExists(long nodeId)
    {
        EnsureOpen();
        return nodeId >= 0 && State.Nodes.Get(nodeId).Exists;
    }

    public bool RelationshipExists(long relationshipId)
    {
        EnsureOpen();
        return relationshipId >= 0 && State.Relationships.Get(relationshipId).Exists;
    }

    public IEnumerable<long> AllNodeIds()
    {
        EnsureOpen();
        return Scan(State.Nodes, State.NextNodeId, static slot => slot.Exists);
    }

    public IEnumerable<long> AllRelationshipIds()
    {
        EnsureOpen();
        return Scan(State.Relationships, State.NextRelationshipId, static slot => slot.Exists);
    }

    /// <summary>Ids below the high-water mark taken now, so elements created during the scan are not visited.</summary>
    private IEnumerable<long> Scan<T>(PagedArray<T> slots, long end, Func<T, bool> exists)
    {
        for (long p = 0; (p << PagedArray<T>.PageShift) < end; p++)
        {
            var page = slots.PageAt(p);
            if (page is null) yield break;
            var first = p << PagedArray<T>.PageShift;
            var count = (int)Math.Min(page.Length, end - first);
            for (var i = 0; i < count; i++)
                if (exists(page[i])) yield return first + i;
            EnsureOpen();
        }
    }

    public IEnumerable<long> NodeIdsWithLabel(string label)
    {
        EnsureOpen();
        if (!State.LabelIndexes.TryGetValue(label, out var index)) return [];
        var end = State.NextNodeId;
        return index.NodeIds().TakeWhile(id => id < end);
    }

    public long CountNodesWithLabel(string label)
    {
        EnsureOpen();
        return State.LabelIndexes.TryGetValue(label, out var index) ? index.Count : 0;
    }

    public long CountRelationshipsOfType(string type)
    {
        EnsureOpen();
        return State.TypeCounts.GetValueOrDefault(type);
    }

    protected ref readonly NodeSlot Node(long nodeId)
    {
        EnsureOpen();
        if (nodeId >= 0)
        {
            var page = State.Nodes.PageAt(nodeId >> PagedArray<NodeSlot>.PageShift);
            if (page is not null)
            {
                ref readonly var slot = ref page[nodeId & (PagedArray<NodeSlot>.PageSize - 1)];
                if (slot.Exists) return ref slot;
            }
        }
        throw new GraphDatabaseException(StatusCodes.EntityNotFound, $"Node with id {nodeId} does not exist.", "EntityNotFound");
    }

    protected ref readonly RelationshipSlot Rel(long relationshipId)
    {
        EnsureOpen();
        if (relationshipId >= 0)
        {
            var page = State.Relationships.PageAt(relationshipId >> PagedArray<RelationshipSlot>.PageShift);
            if (page is not null)
            {
                ref readonly var slot = ref page[relationshipId & (PagedArray<RelationshipSlot>.PageSize - 1)];
                if (slot.Exists) return ref slot;
            }
        }
        throw new GraphDatabaseException(StatusCodes.EntityNotFound, $"Relationship with id {relationshipId} does not exist.", "EntityNotFound");
    }

    public IReadOnlyList<string> LabelsOf(long nodeId) => Node(nodeId).Labels!;

    public bool HasLabel(long nodeId, string label) => Array.IndexOf(Node(nodeId).Labels!, label) >= 0;

    public object? GetNodeProperty(long nodeId, string key) => Node(nodeId).Properties.Get(key);

    public IReadOnlyDictionary<string, object?> NodeProperties(long nodeId) => Node(nodeId).Properties.ToDictionary();

    public RelationshipRecord GetRelationship(long relationshipId)
    {
        ref readonly var slot = ref Rel(relationshipId);
        return new RelationshipRecord(relationshipId, slot.Type!, slot.StartId, slot.EndId);
    }

    public object? GetRelationshipProperty(long relationshipId, string key) => Rel(relationshipId).Properties.Get(key);

    public IReadOnlyDictionary<string, object?> RelationshipProperties(long relationshipId) => Rel(relationshipId).Properties.ToDictionary();

    /// <summary>The published adjacency of an existing node.</summary>
    protected AdjacencyBlock AdjacencyOf(long nodeId)
    {
        Node(nodeId);
        return State.Adjacency.Get(nodeId);
    }

    public virtual IEnumerable<RelationshipEntry> RelationshipsOf(long nodeId, Direction direction, string? type = null)
    {
        var block = AdjacencyOf(nodeId);
        if (block.IsEmpty) return [];
        if (type is null) return Expand(block, 0, block.GroupCount, nodeId, direction, State.Tokens);
        var group = block.Find(State.Tokens.FindTypeId(type));
        return group < 0 ? [] : Expand(block, group, group + 1, nodeId, direction, State.Tokens);
    }

    /// <summary>One enumerator per call, walking the contiguous ranges of groups [first, end).</summary>
    private static IEnumerable<RelationshipEntry> Expand(AdjacencyBlock block, int first, int end, long nodeId, Direction direction, TokenTable tokens)
    {
        for (var g = first; g < end; g++)
        {
            var group = block.Group(g, tokens);
            var type = group.Type;
            if (direction != Direction.Incoming)
            {
                var entries = group.Outgoing;
                for (var i = 0; i < entries.Count; i++)
                    yield return new RelationshipEntry(entries[i].RelationshipId, entries[i].OtherNodeId, type, Direction.Outgoing);
            }
            if (direction != Direction.Outgoing)
            {
                var entries = group.Incoming;
                var skipLoops = direction == Direction.Both && group.SelfLoops > 0;
                for (var i = 0; i < entries.Count; i++)
                {
                    if (skipLoops && entries[i].OtherNodeId == nodeId) continue;
                    yield return new RelationshipEntry(entries[i].RelationshipId, entries[i].OtherNodeId, type, Direction.Incoming);
                }
            }
        }
    }

    public virtual int Degree(long nodeId, Direction direction, string? type = null) =>
        AdjacencyOf(nodeId).Degree(direction, type is null ? -1 : State.Tokens.FindTypeId(type), type is null, State.Tokens);

    public IEnumerable<long>? FindNodes(string label, string key, object value)
    {
        EnsureOpen();
        var index = State.IndexFor(label, key);
        if (index is null) return null;
        var indexKey = IndexKey.Of(CypherValues.Normalize(value));
        return indexKey is null ? [] : index.Find(indexKey);
    }

    public IReadOnlyCollection<string> Labels
    {
        get
        {
            EnsureOpen();
            return State.LabelIndexes.Where(pair => pair.Value.Count > 0).Select(pair => pair.Key).ToArray();
        }
    }

    public IReadOnlyCollection<string> RelationshipTypes
    {
        get
        {
            EnsureOpen();
            return State.TypeCounts.Where(pair => pair.Value > 0).Select(pair => pair.Key).ToArray();
        }
    }

    public IReadOnlyCollection<string> PropertyKeys
    {
        get
        {
            EnsureOpen();
            return State.PropertyKeyCounts.Where(pair => pair.Value > 0).Select(pair => pair.Key).ToArray();
        }
    }

    public IReadOnlyList<IndexDescriptor> Indexes
    {
        get
        {
            EnsureOpen();
            return State.Indexes.Select(index => index.Descriptor).ToArray();
        }
    }

    public IReadOnlyList<ConstraintDescriptor> Constraints
    {
        get
        {
            EnsureOpen();
            return State.Constraints.ToArray();
        }
    }

    public Node MaterializeNode(long nodeId)
    {
        ref readonly var slot = ref Node(nodeId);
        return new Node(nodeId, slot.Labels!, slot.Properties.ToPublicDictionary());
    }

    public Relationship MaterializeRelationship(long relationshipId)
    {
        ref readonly var slot = ref Rel(relationshipId);
        return new Relationship(relationshipId, slot.Type!, slot.StartId, slot.EndId, slot.Properties.ToPublicDictionary());
    }
}
