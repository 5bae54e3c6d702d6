using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Relations;

/// <summary>Extracts the typed relations of GOLD-FORMAT.md from a linked brief by running each rule family.</summary>
public sealed class RelationExtractor
{
    private readonly IRelationRule[] rules =
    [
        new OrganizationTieRule(),
        new LeadershipRule(),
        new StanceRule(),
        new EventRule(),
    ];

    public IReadOnlyList<ExtractedRelation> Extract(BriefDocument document)
    {
        var relations = new RelationSet(document.Types);
        foreach (var rule in rules)
        {
            rule.Apply(document, relations);
        }

        return relations.Build();
    }
}
