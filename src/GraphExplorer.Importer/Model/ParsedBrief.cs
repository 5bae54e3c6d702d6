namespace GraphExplorer.Importer.Model;

/// <summary>
/// A brief split into its parts. <see cref="Sentences"/> covers every section's prose (common questions
/// and entity cards included), indexed in reading order; <see cref="CitedOutletNames"/> are the outlets
/// named in "What the papers say"; <see cref="PublishedAt"/> is the date a dateline near the top gives, or the one
/// the caller gave with the brief, when known.
/// </summary>
public sealed record ParsedBrief(
    string File,
    string Title,
    string Text,
    IReadOnlyList<string> Sections,
    IReadOnlyList<BriefSentence> Sentences,
    IReadOnlyList<EntityCard> Cards,
    IReadOnlyList<string> CitedOutletNames,
    DateTimeOffset? PublishedAt = null);
