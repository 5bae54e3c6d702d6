namespace GraphExplorer.Importer;

/// <summary>The outcome of a multi-file import: one result per brief read, one failure per file that was not.</summary>
public sealed record BatchImportResult(IReadOnlyList<ImportResult> Results, IReadOnlyList<ImportFailure> Failures)
{
    public int Imported => Results.Count(result => !result.Skipped);
    public int Skipped => Results.Count(result => result.Skipped);
    public int Failed => Failures.Count;
    public int EntitiesAdded => Results.Sum(result => result.EntitiesAdded);
    public int RelationshipsAdded => Results.Sum(result => result.RelationshipsAdded);
}
