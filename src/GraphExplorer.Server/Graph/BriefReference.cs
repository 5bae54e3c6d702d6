using GraphExplorer.Graph.Values;

namespace GraphExplorer.Server.Graph;

/// <summary>A brief as other answers refer to it; <see cref="PublishedAt"/> is null when its publication time is unknown.</summary>
public sealed record BriefReference(string? Key, string? Title, string? File, object? ImportedAt, object? PublishedAt)
{
    public static BriefReference From(Node brief) => new(
        GraphValues.String(brief.Properties, "key"),
        GraphValues.String(brief.Properties, "title"),
        GraphValues.String(brief.Properties, "file"),
        GraphValues.Value(brief.Properties, "importedAt"),
        GraphValues.Value(brief.Properties, "publishedAt"));
}
