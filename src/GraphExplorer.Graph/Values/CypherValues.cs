namespace GraphExplorer.Graph.Values;

/// <summary>
/// Values cross the public API as plain CLR objects, the shape Neo4j.Driver uses:
/// null, <see cref="bool"/>, <see cref="long"/> (INTEGER), <see cref="double"/> (FLOAT), <see cref="string"/>,
/// <see cref="IReadOnlyList{T}"/> of object? (LIST), <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string → object? (MAP),
/// <see cref="Node"/>, <see cref="Relationship"/>, <see cref="GraphPath"/>, and the temporal values
/// (<see cref="DateValue"/>, <see cref="LocalTimeValue"/>, <see cref="TimeValue"/>, <see cref="LocalDateTimeValue"/>,
/// <see cref="DateTimeValue"/>, <see cref="DurationValue"/>), which parameters and properties may hold; query results
/// still give temporal values as ISO 8601 text.
/// Parameters given as int, float, decimal, arrays or other collections are normalised by <see cref="Normalize"/>.
/// </summary>
public static class CypherValues
{
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        bool or long or double or string or Node or Relationship or GraphPath => value,
        DateValue or LocalTimeValue or TimeValue or LocalDateTimeValue or DateTimeValue or DurationValue => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        sbyte sb => (long)sb,
        uint ui => (long)ui,
        ushort us => (long)us,
        float f => (double)f,
        decimal d => (double)d,
        char c => c.ToString(),
        IReadOnlyDictionary<string, object?> map => NormalizeMap(map),
        IDictionary<string, object?> map => NormalizeMap(map),
        System.Collections.IDictionary map => NormalizeMap(map),
        System.Collections.IEnumerable list => NormalizeList(list),
        _ => throw new GraphDatabaseException(StatusCodes.TypeError, $"Values of type {value.GetType().Name} are not supported."),
    };

    public static IReadOnlyDictionary<string, object?> NormalizeMap(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var result = new Dictionary<string, object?>();
        foreach (var (key, value) in map) result[key] = Normalize(value);
        return result;
    }

    private static IReadOnlyDictionary<string, object?> NormalizeMap(System.Collections.IDictionary map)
    {
        var result = new Dictionary<string, object?>();
        foreach (System.Collections.DictionaryEntry entry in map) result[entry.Key.ToString()!] = Normalize(entry.Value);
        return result;
    }

    private static IReadOnlyList<object?> NormalizeList(System.Collections.IEnumerable list)
    {
        var result = new List<object?>();
        foreach (var item in list) result.Add(Normalize(item));
        return result;
    }
}
