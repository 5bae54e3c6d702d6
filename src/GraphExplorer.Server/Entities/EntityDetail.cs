using GraphExplorer.Graph.Values;
using GraphExplorer.Server.Graph;

namespace GraphExplorer.Server.Entities;

/// <summary>The answer of <c>GET /api/entities/{key}</c>.</summary>
public sealed record EntityDetail(
    string Key,
    string? Name,
    string Type,
    IReadOnlyList<string> Aliases,
    string? Description,
    object? FirstSeen,
    object? LastSeen,
    Node Node,
    long Mentions,
    IReadOnlyDictionary<string, long> RelationshipCounts,
    IReadOnlyList<BriefReference> Briefs);
