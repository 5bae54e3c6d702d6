using GraphExplorer.Graph.Values;

namespace GraphExplorer.Graph.Storage;

/// <summary>
/// A consistent view of the graph: the committed state as of when it was opened, or, for a write
/// transaction, that state plus the transaction's own writes. Property values are CLR values as in
/// <see cref="CypherValues"/>; a missing property reads as null. Asking about a node or relationship
/// that does not exist (or was deleted in this transaction) throws <see cref="GraphDatabaseException"/>
/// with <see cref="StatusCodes.EntityNotFound"/>.
/// </summary>
public interface IGraphReader
{
    long NodeCount { get; }
    long RelationshipCount { get; }

    bool NodeExists(long nodeId);
    bool RelationshipExists(long relationshipId);

    IEnumerable<long> AllNodeIds();
    IEnumerable<long> NodeIdsWithLabel(string label);
    long CountNodesWithLabel(string label);
    IEnumerable<long> AllRelationshipIds();
    long CountRelationshipsOfType(string type);

    IReadOnlyList<string> LabelsOf(long nodeId);
    bool HasLabel(long nodeId, string label);
    object? GetNodeProperty(long nodeId, string key);
    IReadOnlyDictionary<string, object?> NodeProperties(long nodeId);

    RelationshipRecord GetRelationship(long relationshipId);
    object? GetRelationshipProperty(long relationshipId, string key);
    IReadOnlyDictionary<string, object?> RelationshipProperties(long relationshipId);

    /// <summary>
    /// The relationships at a node, optionally of one type. With <see cref="Direction.Both"/> a self-loop
    /// is listed once, with direction <see cref="Direction.Outgoing"/>.
    /// </summary>
    IEnumerable<RelationshipEntry> RelationshipsOf(long nodeId, Direction direction, string? type = null);
    int Degree(long nodeId, Direction direction, string? type = null);

    /// <summary>
    /// Nodes with <paramref name="label"/> whose <paramref name="key"/> equals <paramref name="value"/>
    /// (Cypher equality: 1 equals 1.0), through an index; null when no index covers (label, key).
    /// </summary>
    IEnumerable<long>? FindNodes(string label, string key, object value);

    /// <summary>Labels, relationship types and property keys in use by at least one live element.</summary>
    IReadOnlyCollection<string> Labels { get; }
    IReadOnlyCollection<string> RelationshipTypes { get; }
    IReadOnlyCollection<string> PropertyKeys { get; }

    IReadOnlyList<IndexDescriptor> Indexes { get; }
    IReadOnlyList<ConstraintDescriptor> Constraints { get; }

    /// <summary>The element as a query result gives it, temporal properties as ISO 8601 text (see <see cref="Values.CypherValues"/>).</summary>
    Node MaterializeNode(long nodeId);

    /// <summary>The element as a query result gives it, temporal properties as ISO 8601 text (see <see cref="Values.CypherValues"/>).</summary>
    Relationship MaterializeRelationship(long relationshipId);
}
