namespace GraphExplorer.Server.Entities;

/// <summary>The query string of <c>GET /api/entities/{key}/neighbours</c>.</summary>
public sealed record NeighbourFilter(string? Types, string? RelTypes, int? Limit, int? Offset)
{
    public static IReadOnlySet<string>? Split(string? list)
    {
        var items = (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length == 0 ? null : new HashSet<string>(items, StringComparer.OrdinalIgnoreCase);
    }
}
