using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Property lookup, indexing and slicing on runtime values.</summary>
public static class ValueAccess
{
    public static object? Property(object? target, string key, QueryContext context) => target switch
    {
        null => null,
        NodeRef node => context.Reader.GetNodeProperty(CheckNode(node, context), key),
        RelationshipRef relationship => context.Reader.GetRelationshipProperty(CheckRelationship(relationship, context), key),
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(key, out var value) ? value : null,
        _ when Temporal.TemporalAccessors.IsTemporal(target) => Temporal.TemporalAccessors.Get(target, key),
        _ => throw CypherTypeError.InvalidArgument($"Type mismatch: expected a map, node or relationship but was {CypherTypeError.TypeName(target)}"),
    };

    public static long CheckNode(NodeRef node, QueryContext context)
    {
        if (context.DeletedNodes.Contains(node.Id))
            throw new GraphDatabaseException(StatusCodes.EntityNotFound, $"Node {node.Id} has been deleted", "DeletedEntityAccess");
        return node.Id;
    }

    public static long CheckRelationship(RelationshipRef relationship, QueryContext context)
    {
        if (context.DeletedRelationships.Contains(relationship.Id))
            throw new GraphDatabaseException(StatusCodes.EntityNotFound, $"Relationship {relationship.Id} has been deleted", "DeletedEntityAccess");
        return relationship.Id;
    }

    public static object? Index(object? target, object? index, QueryContext context)
    {
        if (target is null || index is null) return null;
        switch (target)
        {
            case IReadOnlyList<object?> list:
                if (index is not long i) throw CypherTypeError.InvalidArgument($"List index must be an integer, got {CypherTypeError.TypeName(index)}");
                if (i < 0) i += list.Count;
                return i >= 0 && i < list.Count ? list[(int)i] : null;
            case IReadOnlyDictionary<string, object?> or NodeRef or RelationshipRef:
                if (index is not string key)
                    throw new GraphDatabaseException(StatusCodes.TypeError, "Map key must be a string", "MapElementAccessByNonString");
                return Property(target, key, context);
            default:
                throw CypherTypeError.InvalidArgument($"Cannot index a {CypherTypeError.TypeName(target)}");
        }
    }

    public static object? Slice(object? target, object? from, object? to, bool hasFrom, bool hasTo)
    {
        if (target is null) return null;
        if ((hasFrom && from is null) || (hasTo && to is null)) return null;
        if (target is not IReadOnlyList<object?> list) throw CypherTypeError.InvalidArgument($"Cannot slice a {CypherTypeError.TypeName(target)}");
        long count = list.Count;
        var start = hasFrom ? AsIndex(from) : 0;
        var end = hasTo ? AsIndex(to) : count;
        if (start < 0) start += count;
        if (end < 0) end += count;
        start = Math.Clamp(start, 0, count);
        end = Math.Clamp(end, 0, count);
        var result = new List<object?>();
        for (var i = start; i < end; i++) result.Add(list[(int)i]);
        return result;
    }

    private static long AsIndex(object? value) =>
        value as long? ?? throw CypherTypeError.InvalidArgument($"Slice bounds must be integers, got {CypherTypeError.TypeName(value)}");
}
