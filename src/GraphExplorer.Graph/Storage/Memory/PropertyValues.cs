using System.Collections.ObjectModel;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>What may be stored as a property: booleans, integers, floats, strings and lists of those (as in Neo4j).</summary>
internal static class PropertyValues
{
    public static object? ToStored(object? value)
    {
        var normalized = CypherValues.Normalize(value);
        return normalized switch
        {
            null or bool or long or double or string => normalized,
            IReadOnlyList<object?> list => StoredList(list),
            _ => throw Unsupported(normalized),
        };
    }

    private static ReadOnlyCollection<object?> StoredList(IReadOnlyList<object?> list)
    {
        var items = new object?[list.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = list[i] switch
            {
                bool or long or double or string => list[i],
                null => throw new GraphDatabaseException(StatusCodes.TypeError,
                    "Collections containing null values can not be stored in properties.", "InvalidPropertyType"),
                var other => throw Unsupported(other),
            };
        }
        return Array.AsReadOnly(items);
    }

    private static GraphDatabaseException Unsupported(object value) =>
        new(StatusCodes.TypeError,
            $"Property values can only be of primitive types or arrays thereof, not {value.GetType().Name}.", "InvalidPropertyType");
}
