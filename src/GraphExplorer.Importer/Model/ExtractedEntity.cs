namespace GraphExplorer.Importer.Model;

/// <summary>
/// An entity found in one brief. <see cref="Key"/> is stable across briefs ("country:cambodia",
/// "person:hun-manet") so that the same entity in two briefs becomes one node.
/// </summary>
public sealed record ExtractedEntity(
    string Key,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    string? Description,
    IReadOnlyList<int> SentenceIndexes);
