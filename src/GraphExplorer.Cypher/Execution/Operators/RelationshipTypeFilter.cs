namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// The relationship types an expansion follows: a single type is asked of the store's adjacency directly
/// (<see cref="SingleType"/>); several are checked per entry; none means any type.
/// </summary>
public sealed class RelationshipTypeFilter(IReadOnlyList<string> types)
{
    private readonly HashSet<string>? _several = types.Count > 1 ? new HashSet<string>(types, StringComparer.Ordinal) : null;

    public string? SingleType { get; } = types.Count == 1 ? types[0] : null;

    public bool Admits(string type) => _several is null || _several.Contains(type);
}
