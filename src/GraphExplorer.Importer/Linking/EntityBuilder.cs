using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Linking;

/// <summary>One entity of a brief as its mentions are linked to it: name, type, surface forms, sentences.</summary>
public sealed class EntityBuilder(string key, string name, EntityType type)
{
    public string Key { get; set; } = key;

    private string[]? words;

    public string Name { get; } = name;

    /// <summary>The words of the name, split once.</summary>
    public string[] Words => words ??= Name.Split(' ');

    public EntityType Type { get; } = type;

    public GazetteerEntry? Known { get; set; }

    /// <summary>The country the entity's own name or the gazetteer ties it to.</summary>
    public GazetteerEntry? Tie { get; set; }

    /// <summary>The body the gazetteer says this one is part of (UNODC in the UN).</summary>
    public GazetteerEntry? Parent { get; set; }

    public bool IsStateOrgan { get; set; }

    public string? Description { get; set; }

    /// <summary>For an event, the synonym group of its head noun ("war", "truce", "tariff").</summary>
    public string? EventGroup { get; set; }

    public List<Mention> Mentions { get; } = [];

    public ExtractedEntity Build()
    {
        var aliases = new List<string>();
        var sentences = new List<int>(Mentions.Count);
        foreach (var mention in Mentions)
        {
            sentences.Add(mention.Sentence);
            AddAlias(mention.Surface);
            if (mention.TitledSurface is not null)
            {
                AddAlias(mention.TitledSurface);
            }
        }

        return new ExtractedEntity(Key, Name, Type, aliases, Description, SentenceIndexes.SortDistinct(sentences));

        void AddAlias(string alias)
        {
            if (!string.Equals(alias, Name, StringComparison.OrdinalIgnoreCase) && !aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
            {
                aliases.Add(alias);
            }
        }
    }
}
