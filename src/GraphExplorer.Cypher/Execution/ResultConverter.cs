using GraphExplorer.Graph.Storage;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Turns runtime values into the public CLR values of <see cref="CypherValues"/>.</summary>
public static class ResultConverter
{
    public static object? ToPublic(object? value, IGraphReader reader, QueryContext context) => value switch
    {
        null or bool or long or double or string => value,
        NodeRef node => Node(node.Id, reader, context),
        RelationshipRef relationship => Relationship(relationship, reader, context),
        PathValue path => new GraphPath(
            path.Nodes.Select(id => Node(id, reader, context)).ToList(),
            path.Relationships.Select(r => Relationship(r, reader, context)).ToList()),
        IReadOnlyList<object?> list => list.Select(item => ToPublic(item, reader, context)).ToList(),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(e => e.Key, e => ToPublic(e.Value, reader, context)),
        // The public value model has no temporal types yet: they leave the engine as ISO 8601 text.
        _ when Temporal.TemporalAccessors.IsTemporal(value) => value.ToString(),
        _ => value,
    };

    private static Node Node(long id, IGraphReader reader, QueryContext context) =>
        context.DeletedNodes.Contains(id) ? new Node(id, [], new Dictionary<string, object?>()) : reader.MaterializeNode(id);

    private static Relationship Relationship(RelationshipRef relationship, IGraphReader reader, QueryContext context) =>
        context.DeletedRelationships.Contains(relationship.Id)
            ? new Relationship(relationship.Id, relationship.Type, relationship.StartId, relationship.EndId, new Dictionary<string, object?>())
            : reader.MaterializeRelationship(relationship.Id);
}
