using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Linking;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Recognition;

/// <summary>Finds the events a brief is about and names each by a short canonical phrase.</summary>
public sealed class EventRecognizer(Gazetteer gazetteer)
{
    public void Recognize(ParsedBrief brief, IReadOnlyList<List<Token>> tokens, List<Mention> mentions, List<EntityBuilder> entities)
    {
        _ = gazetteer;
        _ = brief;
        _ = tokens;
        _ = mentions;
        _ = entities;
    }
}
