using System.Collections.ObjectModel;
using GraphExplorer.Graph.Storage.Durability;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// What may be stored as a property (as in Neo4j): booleans, integers, floats, strings, temporal values, and
/// lists of those; a list holding temporal values holds only values of that one temporal type.
/// </summary>
internal static class PropertyValues
{
    public static object? ToStored(object? value)
    {
        var normalized = CypherValues.Normalize(value);
        return normalized switch
        {
            null or bool or long or double or string => normalized,
            IReadOnlyList<object?> list => StoredList(list),
            _ when TemporalRecord.IsTemporal(normalized) => StoredTemporal(normalized),
            _ => throw Unsupported(normalized),
        };
    }

    private static ReadOnlyCollection<object?> StoredList(IReadOnlyList<object?> list)
    {
        var items = new object?[list.Count];
        var temporalType = items.Length > 0 && TemporalRecord.IsTemporal(list[0]) ? list[0]!.GetType() : null;
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = list[i] switch
            {
                bool or long or double or string when temporalType is null => list[i],
                null => throw new GraphDatabaseException(StatusCodes.TypeError,
                    "Collections containing null values can not be stored in properties.", "InvalidPropertyType"),
                var item when item.GetType() == temporalType => StoredTemporal(item),
                var item when temporalType is not null || TemporalRecord.IsTemporal(item) =>
                    throw new GraphDatabaseException(StatusCodes.TypeError,
                        "Collections containing mixed types can not be stored in properties.", "InvalidPropertyType"),
                var other => throw Unsupported(other),
            };
        }
        return Array.AsReadOnly(items);
    }

    private static object StoredTemporal(object value) =>
        TemporalRecord.InRange(value)
            ? value
            : throw new GraphDatabaseException(StatusCodes.TypeError, $"The value {value} is out of the range a property can hold.", "InvalidPropertyType");

    private static GraphDatabaseException Unsupported(object value) =>
        new(StatusCodes.TypeError,
            $"Property values can only be of primitive types or arrays thereof, not {value.GetType().Name}.", "InvalidPropertyType");
}
