using GraphExplorer.Graph.Values;
using GraphExplorer.Importer;
using GraphExplorer.Server.Graph;

namespace GraphExplorer.Server.Briefs;

/// <summary>The answer of <c>POST /api/briefs</c>: what the import added.</summary>
public sealed record BriefImportAnswer(
    BriefReference Brief,
    bool Skipped,
    int EntitiesAdded,
    int RelationshipsAdded,
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Relationship> Relationships)
{
    public static BriefImportAnswer From(ImportResult result) => new(BriefReference.From(result.Brief), result.Skipped,
        result.EntitiesAdded, result.RelationshipsAdded, result.Nodes, result.Relationships);
}
