using GraphExplorer.Graph.Values;

namespace GraphExplorer.Server.Graph;

/// <summary>Reading the properties of the graph model (ARCHITECTURE.md) off nodes and relationships.</summary>
public static class GraphValues
{
    public const string EntityLabel = "Entity";

    /// <summary>The eleven relation types between entities (GOLD-FORMAT.md).</summary>
    public static readonly IReadOnlySet<string> RelationTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "LEADS", "MEMBER_OF", "ALLEGES", "CRITICIZES", "SUPPORTS", "TENSION_WITH",
        "COOPERATES_WITH", "REPORTS_ON", "INVOLVED_IN", "LOCATED_IN", "LINKED_TO",
    };

    /// <summary>An entity's type: its label other than Entity (Person, Organization, Country, Event, Outlet).</summary>
    public static string EntityType(Node node) =>
        node.Labels.FirstOrDefault(label => label != EntityLabel) ?? EntityLabel;

    public static string? String(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.TryGetValue(name, out var value) ? value as string : null;

    public static object? Value(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.GetValueOrDefault(name);

    public static long Long(object? value) => value switch
    {
        long l => l,
        double d => (long)d,
        _ => 0,
    };

    public static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.TryGetValue(name, out var value) && value is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];

    public static IReadOnlyList<long> Longs(object? value) =>
        value is IEnumerable<object?> list ? list.Select(Long).ToList() : [];
}
