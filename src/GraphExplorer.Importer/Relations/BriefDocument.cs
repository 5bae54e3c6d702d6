using GraphExplorer.Importer.Linking;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Relations;

/// <summary>A brief as relation extraction sees it: the parse, each sentence's tokens, the linked mentions and entities.</summary>
public sealed class BriefDocument(ParsedBrief brief, IReadOnlyList<List<Token>> tokens, List<Mention> mentions, List<EntityBuilder> entities)
{
    public ParsedBrief Brief { get; } = brief;

    public IReadOnlyList<List<Token>> Tokens { get; } = tokens;

    /// <summary>Mentions linked to an entity, in reading order.</summary>
    public List<Mention> Mentions { get; } = mentions.Where(m => m.Key is not null).OrderBy(m => m.Sentence).ThenBy(m => m.TokenStart).ToList();

    public List<EntityBuilder> Entities { get; } = entities;

    public Dictionary<string, EntityBuilder> ByKey { get; } = entities.ToDictionary(e => e.Key);
}
