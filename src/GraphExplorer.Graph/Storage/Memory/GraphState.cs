namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// One version of the whole graph. Snapshot isolation works by copy-on-write: a write transaction starts
/// from the last published state with <see cref="BeginNext"/>, which shares every page, label bitmap and
/// index; the first change to any of them in that transaction copies it (they carry the <see cref="Serial"/>
/// of the transaction that owns them). Adjacency changes are collected apart (<see cref="AdjacencyChanges"/>)
/// and each touched node gets a new immutable block at commit. Commit freezes the new state and publishes it
/// with one reference assignment, so readers take no locks and keep the state they started with.
/// </summary>
internal sealed class GraphState
{
    public GraphState(TokenTable tokens, AdjacencyArena arena)
    {
        Tokens = tokens;
        Arena = arena;
        Nodes = new PagedArray<NodeSlot>();
        Adjacency = new PagedArray<AdjacencyBlock>();
        Relationships = new PagedArray<RelationshipSlot>();
        LabelIndexes = new Dictionary<string, LabelIndex>(StringComparer.Ordinal);
        TypeCounts = new Dictionary<string, long>(StringComparer.Ordinal);
        PropertyKeyCounts = new Dictionary<string, long>(StringComparer.Ordinal);
        Indexes = [];
        Constraints = [];
    }

    private GraphState(GraphState previous, long serial)
    {
        Tokens = previous.Tokens;
        Arena = previous.Arena;
        Serial = serial;
        Nodes = previous.Nodes.Share();
        Adjacency = previous.Adjacency.Share();
        Relationships = previous.Relationships.Share();
        NextNodeId = previous.NextNodeId;
        NextRelationshipId = previous.NextRelationshipId;
        NodeCount = previous.NodeCount;
        UnlabelledNodeCount = previous.UnlabelledNodeCount;
        RelationshipCount = previous.RelationshipCount;
        LabelIndexes = new Dictionary<string, LabelIndex>(previous.LabelIndexes, StringComparer.Ordinal);
        TypeCounts = new Dictionary<string, long>(previous.TypeCounts, StringComparer.Ordinal);
        PropertyKeyCounts = new Dictionary<string, long>(previous.PropertyKeyCounts, StringComparer.Ordinal);
        Indexes = [.. previous.Indexes];
        Constraints = [.. previous.Constraints];
        LastTransaction = previous.LastTransaction;
        AdjacencyEntries = previous.AdjacencyEntries;
    }

    public TokenTable Tokens { get; }
    public AdjacencyArena Arena { get; }
    public long Serial { get; }
    public PagedArray<NodeSlot> Nodes { get; }

    /// <summary>Each node's relationships, apart from its labels and properties so that connecting nodes copies small pages.</summary>
    public PagedArray<AdjacencyBlock> Adjacency { get; }
    public PagedArray<RelationshipSlot> Relationships { get; }
    public long NextNodeId;
    public long NextRelationshipId;
    public long NodeCount;

    /// <summary>Live nodes without any label, so the planner can prove the label indexes cover every node.</summary>
    public long UnlabelledNodeCount;
    public long RelationshipCount;

    /// <summary>Entries in the live adjacency blocks, to tell how much of the arena is dead.</summary>
    public long AdjacencyEntries;
    public Dictionary<string, LabelIndex> LabelIndexes { get; }
    public Dictionary<string, long> TypeCounts { get; }
    public Dictionary<string, long> PropertyKeyCounts { get; }
    public List<PropertyIndex> Indexes { get; }
    public List<ConstraintDescriptor> Constraints { get; }

    /// <summary>Sequence number of the last transaction folded into this state (matches the log).</summary>
    public long LastTransaction;

    public GraphState BeginNext(long serial) => new(this, serial);

    /// <summary>Whether dead adjacency blocks take more room than live ones (beyond a floor not worth the copy).</summary>
    public bool AdjacencyNeedsRepack => Arena.Allocated > 2 * AdjacencyEntries + (4 << 20);

    /// <summary>Moves every live adjacency block into fresh chunks (on a state not yet published) so old chunks can be freed.</summary>
    public void RepackAdjacency()
    {
        Arena.StartRepack();
        for (long id = 0; id < NextNodeId; id++)
        {
            var block = Adjacency.Get(id);
            if (block.IsEmpty) continue;
            Adjacency.GetForWrite(id, Serial) = block.MoveTo(Arena);
        }
    }

    public void Freeze()
    {
        foreach (var index in Indexes)
            if (index.Owner == Serial) index.Freeze();
    }

    public PropertyIndex? IndexFor(string label, string key)
    {
        foreach (var index in Indexes)
            if (string.Equals(index.Label, label, StringComparison.Ordinal) && string.Equals(index.Key, key, StringComparison.Ordinal))
                return index;
        return null;
    }
}
