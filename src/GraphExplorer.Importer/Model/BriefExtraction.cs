namespace GraphExplorer.Importer.Model;

/// <summary>Everything the importer takes from one brief, before it is written to the graph.</summary>
public sealed record BriefExtraction(
    ParsedBrief Brief,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedRelation> Relations);
