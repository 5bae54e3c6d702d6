using GraphExplorer.Graph;

namespace GraphExplorer.Importer.Tests.Writing;

/// <summary>Reading the graph back in tests.</summary>
internal static class GraphQueries
{
    public static object? Scalar(IGraphDatabase database, string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        using var result = database.Run(query, parameters, AccessMode.Read);
        return result.Single()[0];
    }

    public static long Count(IGraphDatabase database, string query, IReadOnlyDictionary<string, object?>? parameters = null) =>
        (long)Scalar(database, query, parameters)!;

    /// <summary>Node and relationship totals and every property of every node and relationship, as text to compare.</summary>
    public static string Dump(IGraphDatabase database)
    {
        using var nodes = database.Run("MATCH (n) RETURN labels(n), properties(n)", mode: AccessMode.Read);
        using var relationships = database.Run("MATCH (a)-[r]->(b) RETURN a.key, type(r), b.key, properties(r)", mode: AccessMode.Read);
        var lines = nodes.Select(Describe).Concat(relationships.Select(Describe)).Order(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }

    private static string Describe(object?[] record) => string.Join(" | ", record.Select(Describe));

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key + ": " + Describe(pair.Value))) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Describe)) + "]",
        double number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
