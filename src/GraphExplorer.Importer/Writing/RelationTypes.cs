namespace GraphExplorer.Importer.Writing;

/// <summary>The eleven relationship types of GOLD-FORMAT.md, the only ones the writer puts into Cypher text.</summary>
public static class RelationTypes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "LEADS", "MEMBER_OF", "ALLEGES", "CRITICIZES", "SUPPORTS", "TENSION_WITH",
        "COOPERATES_WITH", "REPORTS_ON", "INVOLVED_IN", "LOCATED_IN", "LINKED_TO",
    ];

    /// <summary>Types whose direction means nothing: stored once, from the smaller key to the larger, so evidence is not split.</summary>
    public static bool IsSymmetric(string type) => type is "TENSION_WITH" or "COOPERATES_WITH";

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
