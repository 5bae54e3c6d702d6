using GraphExplorer.Graph.Values;

namespace GraphExplorer.Server.Graph;

/// <summary>A brief as other answers refer to it.</summary>
public sealed record BriefReference(string? Key, string? Title, string? File, object? ImportedAt)
{
    public static BriefReference From(Node brief) => new(
        GraphValues.String(brief.Properties, "key"),
        GraphValues.String(brief.Properties, "title"),
        GraphValues.String(brief.Properties, "file"),
        GraphValues.Value(brief.Properties, "importedAt"));
}
