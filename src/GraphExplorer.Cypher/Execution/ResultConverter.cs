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

    private static Node Node(long id, IGraphReader reader, QueryContext context)
    {
        if (context.DeletedNodes.Contains(id)) return new Node(id, [], new Dictionary<string, object?>());
        var node = reader.MaterializeNode(id);
        return HoldsTemporal(node.Properties) ? node with { Properties = PublicProperties(node.Properties) } : node;
    }

    private static Relationship Relationship(RelationshipRef relationship, IGraphReader reader, QueryContext context)
    {
        if (context.DeletedRelationships.Contains(relationship.Id))
            return new Relationship(relationship.Id, relationship.Type, relationship.StartId, relationship.EndId, new Dictionary<string, object?>());
        var materialized = reader.MaterializeRelationship(relationship.Id);
        return HoldsTemporal(materialized.Properties)
            ? materialized with { Properties = PublicProperties(materialized.Properties) }
            : materialized;
    }

    /// <summary>Whether a stored property is temporal or a list of temporal values (stored lists are homogeneous then).</summary>
    private static bool HoldsTemporal(IReadOnlyDictionary<string, object?> properties)
    {
        if (properties is Dictionary<string, object?> dictionary)
        {
            foreach (var value in dictionary.Values)
                if (IsTemporalProperty(value)) return true;
            return false;
        }
        foreach (var value in properties.Values)
            if (IsTemporalProperty(value)) return true;
        return false;
    }

    private static bool IsTemporalProperty(object? value) =>
        value is not (bool or long or double or string)
        && (Temporal.TemporalAccessors.IsTemporal(value)
            || value is IReadOnlyList<object?> { Count: > 0 } list && Temporal.TemporalAccessors.IsTemporal(list[0]));

    private static Dictionary<string, object?> PublicProperties(IReadOnlyDictionary<string, object?> properties)
    {
        var result = new Dictionary<string, object?>(properties.Count);
        foreach (var (key, value) in properties)
            result[key] = value is IReadOnlyList<object?> list ? list.Select(PublicTemporal).ToList() : PublicTemporal(value);
        return result;
    }

    private static object? PublicTemporal(object? value) => Temporal.TemporalAccessors.IsTemporal(value) ? value!.ToString() : value;
}
