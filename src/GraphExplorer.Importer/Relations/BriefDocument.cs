using GraphExplorer.Importer.Linking;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Relations;

/// <summary>A brief as relation extraction sees it: the parse, each sentence's tokens, the linked mentions and entities.</summary>
public sealed class BriefDocument
{
    private readonly List<Mention>[] bySentence;

    public BriefDocument(ParsedBrief brief, IReadOnlyList<List<Token>> tokens, List<Mention> mentions, List<EntityBuilder> entities)
    {
        Brief = brief;
        Tokens = tokens;
        Entities = entities;
        ByKey = entities.ToDictionary(e => e.Key);
        Types = entities.ToDictionary(e => e.Key, e => e.Type);
        bySentence = new List<Mention>[tokens.Count];
        for (var s = 0; s < bySentence.Length; s++)
        {
            bySentence[s] = [];
        }

        foreach (var mention in mentions)
        {
            if (mention.Key is not null && ByKey.ContainsKey(mention.Key) && mention.Sentence < bySentence.Length)
            {
                bySentence[mention.Sentence].Add(mention);
            }
        }

        foreach (var list in bySentence)
        {
            list.Sort((a, b) => a.TokenStart != b.TokenStart ? a.TokenStart.CompareTo(b.TokenStart) : b.TokenEnd.CompareTo(a.TokenEnd));
        }
    }

    public ParsedBrief Brief { get; }

    public IReadOnlyList<List<Token>> Tokens { get; }

    public List<EntityBuilder> Entities { get; }

    public Dictionary<string, EntityBuilder> ByKey { get; }

    public Dictionary<string, EntityType> Types { get; }

    public int SentenceCount => bySentence.Length;

    /// <summary>The linked mentions of a sentence, in reading order.</summary>
    public List<Mention> In(int sentence) => bySentence[sentence];

    public string Section(int sentence) => Brief.Sentences[sentence].Section;

    /// <summary>The outlets a sentence attributes its content to: those it names in "What the papers say".</summary>
    public IReadOnlyCollection<string> OutletsOf(int sentence)
    {
        if (Section(sentence) != SectionHeadings.PapersSay)
        {
            return [];
        }

        return bySentence[sentence].Where(m => m.Type == EntityType.Outlet).Select(m => m.Key!).Distinct().ToList();
    }

    /// <summary>The non-event mention that covers a token, if any.</summary>
    public Mention? At(int sentence, int token) =>
        bySentence[sentence].FirstOrDefault(m => m.Type != EntityType.Event && m.TokenStart <= token && token < m.TokenEnd);

    /// <summary>The entity an entity-card sentence is about: the first mention of its card's opening sentence.</summary>
    public EntityBuilder? CardSubject(int sentence)
    {
        if (Section(sentence) != SectionHeadings.MoreOnTheseTopics)
        {
            return null;
        }

        var start = Brief.Sentences[sentence].Start;
        var card = Brief.Cards.FirstOrDefault(c => c.Start <= start && start < c.End);
        var opening = card is null ? null : Brief.Sentences.FirstOrDefault(x => x.Start == card.Start);
        var first = opening is null ? null : bySentence[opening.Index].FirstOrDefault();
        return first?.Key is { } key ? ByKey[key] : null;
    }

    public static bool IsActor(Mention mention) => mention.Type is EntityType.Person or EntityType.Organization or EntityType.Country;
}
