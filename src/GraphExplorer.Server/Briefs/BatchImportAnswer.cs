using GraphExplorer.Importer;

namespace GraphExplorer.Server.Briefs;

/// <summary>The answer of <c>POST /api/briefs/batch</c>: each brief's import in order, and the files that failed with why.</summary>
public sealed record BatchImportAnswer(
    int Imported,
    int Skipped,
    int EntitiesAdded,
    int RelationshipsAdded,
    IReadOnlyList<BriefImportAnswer> Briefs,
    IReadOnlyList<ImportFailure> Failures)
{
    public static BatchImportAnswer From(BatchImportResult batch) => new(batch.Imported, batch.Skipped,
        batch.EntitiesAdded, batch.RelationshipsAdded, batch.Results.Select(BriefImportAnswer.From).ToList(), batch.Failures);
}
