using GraphExplorer.Graph.Storage.Durability;

namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// The store's single write transaction. It changes a private <see cref="GraphState"/> (copy-on-write
/// over the published one), so it reads its own writes while readers keep the published state. Each
/// successful change is also appended, as a logical operation, to the record the commit writes to the log.
/// </summary>
internal sealed partial class WriteTransaction : GraphReader, IWriteTransaction
{
    private readonly GraphStore _store;
    private readonly RecordWriter? _log;
    private readonly Dictionary<long, AdjacencyBlock> _deletedNodes = [];
    private readonly AdjacencyChanges _adjacency;
    private bool _closed;
    private bool _changed;

    public WriteTransaction(GraphStore store, GraphState state, RecordWriter? log) : base(state)
    {
        _store = store;
        _log = log;
        _adjacency = new AdjacencyChanges(state.Tokens, state.Arena);
    }

    private long Serial => State.Serial;

    protected override void EnsureOpen()
    {
        if (_closed) throw new GraphDatabaseException(StatusCodes.TransactionClosed, "The transaction has been closed.");
    }

    private string Intern(string token) => State.Tokens.Intern(token);

    private RecordWriter? Log(LogOperation operation)
    {
        _changed = true;
        _log?.Byte((byte)operation);
        return _log;
    }

    public long CreateNode(IReadOnlyCollection<string> labels, IReadOnlyDictionary<string, object?> properties) =>
        CreateNodeAt(State.NextNodeId, labels, properties);

    internal long CreateNodeAt(long id, IReadOnlyCollection<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        EnsureOpen();
        if (id < 0 || State.Nodes.Get(id).Exists) throw new InvalidDataException($"Node id {id} is already in use.");
        var labelArray = State.Tokens.Set(labels.Count == 0 ? [] : labels.Distinct(StringComparer.Ordinal).ToArray());
        var bag = PropertyBag.From(properties, State.Tokens);
        foreach (var label in labelArray)
            for (var i = 0; i < bag.Count; i++)
                CheckUnique(label, bag.KeyAt(i), bag.ValueAt(i), id);

        ref var slot = ref State.Nodes.GetForWrite(id, Serial);
        slot = new NodeSlot { Labels = labelArray, Properties = bag };
        State.NextNodeId = Math.Max(State.NextNodeId, id + 1);
        State.NodeCount++;
        if (labelArray.Length == 0) State.UnlabelledNodeCount++;
        foreach (var label in labelArray) LabelIndexForWrite(label).Add(id);
        for (var i = 0; i < bag.Count; i++)
        {
            CountKey(bag.KeyAt(i), +1);
            foreach (var label in labelArray) IndexAdd(IndexForWrite(label, bag.KeyAt(i)), bag.ValueAt(i), id);
        }

        var log = Log(LogOperation.CreateNode);
        if (log is not null)
        {
            log.Int64(id);
            log.Strings(labelArray);
            WriteBag(log, bag);
        }
        return id;
    }

    public long CreateRelationship(long startId, long endId, string type, IReadOnlyDictionary<string, object?> properties) =>
        CreateRelationshipAt(State.NextRelationshipId, startId, endId, type, properties);

    internal long CreateRelationshipAt(long id, long startId, long endId, string type, IReadOnlyDictionary<string, object?> properties)
    {
        Node(startId);
        Node(endId);
        if (id < 0 || State.Relationships.Get(id).Exists) throw new InvalidDataException($"Relationship id {id} is already in use.");
        var internedType = Intern(type);
        var bag = PropertyBag.From(properties, State.Tokens);

        ref var slot = ref State.Relationships.GetForWrite(id, Serial);
        slot = new RelationshipSlot { Type = internedType, StartId = startId, EndId = endId, Properties = bag };
        State.NextRelationshipId = Math.Max(State.NextRelationshipId, id + 1);
        State.RelationshipCount++;
        State.TypeCounts[internedType] = State.TypeCounts.GetValueOrDefault(internedType) + 1;
        for (var i = 0; i < bag.Count; i++) CountKey(bag.KeyAt(i), +1);

        var typeId = State.Tokens.TypeId(internedType);
        _adjacency.Add(startId, typeId, Direction.Outgoing, id, endId);
        _adjacency.Add(endId, typeId, Direction.Incoming, id, startId);

        var log = Log(LogOperation.CreateRelationship);
        if (log is not null)
        {
            log.Int64(id);
            log.Int64(startId);
            log.Int64(endId);
            log.String(internedType);
            WriteBag(log, bag);
        }
        return id;
    }

    public void SetNodeProperty(long nodeId, string key, object? value)
    {
        var stored = PropertyValues.ToStored(value);
        var current = Node(nodeId);
        var oldValue = current.Properties.Get(key);
        if (stored is not null)
            foreach (var label in current.Labels!) CheckUnique(label, key, stored, nodeId);

        var internedKey = Intern(key);
        ref var slot = ref State.Nodes.GetForWrite(nodeId, Serial);
        slot.Properties = slot.Properties.With(internedKey, stored, State.Tokens);
        CountKey(internedKey, (stored is null ? 0 : 1) - (oldValue is null ? 0 : 1));
        foreach (var label in slot.Labels!)
        {
            var index = IndexForWrite(label, key);
            IndexRemove(index, oldValue, nodeId);
            IndexAdd(index, stored, nodeId);
        }

        var log = Log(LogOperation.SetNodeProperty);
        if (log is not null)
        {
            log.Int64(nodeId);
            log.String(internedKey);
            log.Value(stored);
        }
    }

    public void SetRelationshipProperty(long relationshipId, string key, object? value)
    {
        var stored = PropertyValues.ToStored(value);
        var oldValue = Rel(relationshipId).Properties.Get(key);
        var internedKey = Intern(key);
        ref var slot = ref State.Relationships.GetForWrite(relationshipId, Serial);
        slot.Properties = slot.Properties.With(internedKey, stored, State.Tokens);
        CountKey(internedKey, (stored is null ? 0 : 1) - (oldValue is null ? 0 : 1));

        var log = Log(LogOperation.SetRelationshipProperty);
        if (log is not null)
        {
            log.Int64(relationshipId);
            log.String(internedKey);
            log.Value(stored);
        }
    }

    public bool AddLabel(long nodeId, string label)
    {
        var current = Node(nodeId);
        if (Array.IndexOf(current.Labels!, label) >= 0) return false;
        for (var i = 0; i < current.Properties.Count; i++)
            CheckUnique(label, current.Properties.KeyAt(i), current.Properties.ValueAt(i), nodeId);

        var interned = Intern(label);
        ref var slot = ref State.Nodes.GetForWrite(nodeId, Serial);
        if (slot.Labels!.Length == 0) State.UnlabelledNodeCount--;
        slot.Labels = State.Tokens.Set([.. slot.Labels!, interned]);
        LabelIndexForWrite(interned).Add(nodeId);
        for (var i = 0; i < slot.Properties.Count; i++)
            IndexAdd(IndexForWrite(interned, slot.Properties.KeyAt(i)), slot.Properties.ValueAt(i), nodeId);

        var log = Log(LogOperation.AddLabel);
        if (log is not null)
        {
            log.Int64(nodeId);
            log.String(interned);
        }
        return true;
    }

    public bool RemoveLabel(long nodeId, string label)
    {
        var current = Node(nodeId);
        var position = Array.IndexOf(current.Labels!, label);
        if (position < 0) return false;

        var interned = current.Labels![position];
        ref var slot = ref State.Nodes.GetForWrite(nodeId, Serial);
        slot.Labels = State.Tokens.Set(slot.Labels!.Where((_, i) => i != position).ToArray());
        if (slot.Labels.Length == 0) State.UnlabelledNodeCount++;
        LabelIndexForWrite(interned).Remove(nodeId);
        for (var i = 0; i < slot.Properties.Count; i++)
            IndexRemove(IndexForWrite(interned, slot.Properties.KeyAt(i)), slot.Properties.ValueAt(i), nodeId);

        var log = Log(LogOperation.RemoveLabel);
        if (log is not null)
        {
            log.Int64(nodeId);
            log.String(interned);
        }
        return true;
    }

    public void DeleteRelationship(long relationshipId)
    {
        var rel = Rel(relationshipId);
        _adjacency.Remove(relationshipId, rel.StartId, rel.EndId);
        State.Relationships.GetForWrite(relationshipId, Serial) = default;
        State.RelationshipCount--;
        State.TypeCounts[rel.Type!]--;
        for (var i = 0; i < rel.Properties.Count; i++) CountKey(rel.Properties.KeyAt(i), -1);

        Log(LogOperation.DeleteRelationship)?.Int64(relationshipId);
    }

    public void DeleteNode(long nodeId)
    {
        var node = Node(nodeId);
        foreach (var label in node.Labels!)
        {
            LabelIndexForWrite(label).Remove(nodeId);
            for (var i = 0; i < node.Properties.Count; i++)
                IndexRemove(IndexForWrite(label, node.Properties.KeyAt(i)), node.Properties.ValueAt(i), nodeId);
        }
        for (var i = 0; i < node.Properties.Count; i++) CountKey(node.Properties.KeyAt(i), -1);

        _deletedNodes[nodeId] = State.Adjacency.Get(nodeId);
        State.Nodes.GetForWrite(nodeId, Serial) = default;
        State.NodeCount--;
        if (node.Labels!.Length == 0) State.UnlabelledNodeCount--;

        Log(LogOperation.DeleteNode)?.Int64(nodeId);
    }

    /// <summary>Recovery: ids never come back, even those of elements deleted before the snapshot.</summary>
    internal void RestoreHighWater(long nextNodeId, long nextRelationshipId, long lastTransaction)
    {
        State.NextNodeId = Math.Max(State.NextNodeId, nextNodeId);
        State.NextRelationshipId = Math.Max(State.NextRelationshipId, nextRelationshipId);
        State.LastTransaction = lastTransaction;
        _changed = true;
    }

    public void ValidateDeletions()
    {
        EnsureOpen();
        foreach (var (nodeId, adjacency) in _deletedNodes)
        {
            if (!_adjacency.Entries(nodeId, adjacency, Direction.Both, null).Any()) continue;
            throw new GraphDatabaseException(StatusCodes.ConstraintValidationFailed,
                $"Cannot delete node<{nodeId}>, because it still has relationships. To delete this node, you must first delete its relationships.",
                "DeleteConnectedNode");
        }
    }

    public void Commit()
    {
        EnsureOpen();
        try
        {
            ValidateDeletions();
            BuildAdjacency();
            if (_changed) _store.Publish(State, _log);
        }
        finally
        {
            Close();
        }
    }

    public void Rollback()
    {
        if (!_closed) Close();
    }

    public void Dispose() => Rollback();

    private void Close()
    {
        _closed = true;
        _store.EndWrite();
    }

    private static void WriteBag(RecordWriter log, PropertyBag bag)
    {
        log.Int32(bag.Count);
        for (var i = 0; i < bag.Count; i++)
        {
            log.String(bag.KeyAt(i));
            log.Value(bag.ValueAt(i));
        }
    }

    /// <summary>
    /// Gives each node this transaction connected or disconnected its new immutable adjacency; a deleted
    /// node (whose relationships are all gone, see <see cref="ValidateDeletions"/>) is left none.
    /// </summary>
    private void BuildAdjacency()
    {
        foreach (var nodeId in _adjacency.TouchedNodes)
        {
            ref var slot = ref State.Adjacency.GetForWrite(nodeId, Serial);
            var built = State.Nodes.Get(nodeId).Exists ? _adjacency.Build(nodeId, slot) : default;
            State.AdjacencyEntries += built.Length - slot.Length;
            slot = built;
        }
    }

    public override IEnumerable<RelationshipEntry> RelationshipsOf(long nodeId, Direction direction, string? type = null)
    {
        var published = AdjacencyOf(nodeId);
        return _adjacency.Touches(nodeId) ? _adjacency.Entries(nodeId, published, direction, type) : base.RelationshipsOf(nodeId, direction, type);
    }

    public override int Degree(long nodeId, Direction direction, string? type = null)
    {
        var published = AdjacencyOf(nodeId);
        return _adjacency.Touches(nodeId) ? _adjacency.Entries(nodeId, published, direction, type).Count() : base.Degree(nodeId, direction, type);
    }
}
