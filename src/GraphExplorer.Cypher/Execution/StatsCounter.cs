using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Execution;

/// <summary>The update counters of one query, filled in as its operators write.</summary>
public sealed class StatsCounter
{
    public int NodesCreated;
    public int NodesDeleted;
    public int RelationshipsCreated;
    public int RelationshipsDeleted;
    public int PropertiesSet;
    public int LabelsAdded;
    public int LabelsRemoved;
    public int IndexesAdded;
    public int IndexesRemoved;
    public int ConstraintsAdded;
    public int ConstraintsRemoved;

    public QueryStats ToStats() => new()
    {
        NodesCreated = NodesCreated,
        NodesDeleted = NodesDeleted,
        RelationshipsCreated = RelationshipsCreated,
        RelationshipsDeleted = RelationshipsDeleted,
        PropertiesSet = PropertiesSet,
        LabelsAdded = LabelsAdded,
        LabelsRemoved = LabelsRemoved,
        IndexesAdded = IndexesAdded,
        IndexesRemoved = IndexesRemoved,
        ConstraintsAdded = ConstraintsAdded,
        ConstraintsRemoved = ConstraintsRemoved,
    };
}
