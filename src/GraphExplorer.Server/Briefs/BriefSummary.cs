namespace GraphExplorer.Server.Briefs;

/// <summary>One row of <c>GET /api/briefs</c>.</summary>
public sealed record BriefSummary(string? Key, string? Title, string? File, object? ImportedAt, object? PublishedAt, long SentenceCount, long EntityCount);
