using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// What may be stored as a property: null (meaning remove), a scalar or temporal value, or a list of them (the
/// store refuses a list that mixes temporal values with anything of another type).
/// </summary>
public static class PropertyValues
{
    public static object? Check(object? value)
    {
        switch (value)
        {
            case null or bool or long or double or string: return value;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                    if (item is not (bool or long or double or string) && !Temporal.TemporalAccessors.IsTemporal(item)) throw Invalid(item);
                return value;
            case var _ when Temporal.TemporalAccessors.IsTemporal(value): return value;
            default: throw Invalid(value);
        }
    }

    /// <summary>The properties of a map (or node, relationship) given to CREATE, SET = or SET +=.</summary>
    public static IReadOnlyDictionary<string, object?> MapOf(object? value, QueryContext context) => value switch
    {
        null => new Dictionary<string, object?>(),
        IReadOnlyDictionary<string, object?> map => map,
        NodeRef node => context.Reader.NodeProperties(ValueAccess.CheckNode(node, context)),
        RelationshipRef relationship => context.Reader.RelationshipProperties(ValueAccess.CheckRelationship(relationship, context)),
        _ => throw CypherTypeError.InvalidArgument($"Expected a map but was {CypherTypeError.TypeName(value)}"),
    };

    private static GraphDatabaseException Invalid(object? value) =>
        new(StatusCodes.TypeError, $"Property values can only be of primitive types or arrays thereof, not {CypherTypeError.TypeName(value)}",
            "InvalidPropertyType");
}
