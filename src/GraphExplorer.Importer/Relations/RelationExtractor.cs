using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Relations;

/// <summary>Extracts the typed relations of GOLD-FORMAT.md from a linked brief.</summary>
public sealed class RelationExtractor(Gazetteer gazetteer)
{
    public IReadOnlyList<ExtractedRelation> Extract(BriefDocument document)
    {
        _ = gazetteer;
        _ = document;
        return [];
    }
}
