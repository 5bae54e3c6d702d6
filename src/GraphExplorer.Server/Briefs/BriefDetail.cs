using GraphExplorer.Graph.Values;
using GraphExplorer.Server.Graph;

namespace GraphExplorer.Server.Briefs;

/// <summary>The answer of <c>GET /api/briefs/{key}</c>: the brief, its sentences and what was extracted from it.</summary>
public sealed record BriefDetail(
    string Key,
    string? Title,
    string? File,
    object? ImportedAt,
    object? PublishedAt,
    IReadOnlyList<SentenceView> Sentences,
    IReadOnlyList<BriefEntity> Entities,
    IReadOnlyList<Relationship> Relationships);
