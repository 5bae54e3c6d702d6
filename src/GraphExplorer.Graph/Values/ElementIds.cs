namespace GraphExplorer.Graph.Values;

/// <summary>Neo4j 5 style element ids ("4:&lt;database&gt;:&lt;id&gt;"), kept stable across restarts.</summary>
public static class ElementIds
{
    private const string Prefix = "4:graphexplorer:";

    public static string ForNode(long id) => Prefix + "n" + id;
    public static string ForRelationship(long id) => Prefix + "r" + id;

    public static bool TryParseNode(string elementId, out long id) => TryParse(elementId, "n", out id);
    public static bool TryParseRelationship(string elementId, out long id) => TryParse(elementId, "r", out id);

    private static bool TryParse(string elementId, string kind, out long id)
    {
        id = -1;
        var body = elementId.StartsWith(Prefix, StringComparison.Ordinal) ? elementId[Prefix.Length..] : null;
        return body is not null && body.StartsWith(kind, StringComparison.Ordinal) && long.TryParse(body.AsSpan(1), out id);
    }
}
