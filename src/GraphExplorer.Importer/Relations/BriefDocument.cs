using GraphExplorer.Importer.Linking;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Relations;

/// <summary>A brief as relation extraction sees it: the parse, each sentence's tokens, the linked mentions and entities.</summary>
public sealed class BriefDocument
{
    private readonly List<Mention>[] bySentence;
    private readonly IReadOnlyCollection<string>?[] outlets;
    private readonly EntityBuilder?[] cardSubjects;
    private readonly bool[] headlines;
    private string? focalCountry;

    public BriefDocument(ParsedBrief brief, IReadOnlyList<List<Token>> tokens, bool[] headlines, List<Mention> mentions, List<EntityBuilder> entities)
    {
        Brief = brief;
        Tokens = tokens;
        Entities = entities;
        ByKey = entities.ToDictionary(e => e.Key);
        Types = entities.ToDictionary(e => e.Key, e => e.Type);
        bySentence = new List<Mention>[tokens.Count];
        outlets = new IReadOnlyCollection<string>?[tokens.Count];
        cardSubjects = new EntityBuilder?[tokens.Count];
        this.headlines = headlines;
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

        for (var s = 0; s < tokens.Count; s++)
        {
            cardSubjects[s] = FindCardSubject(s);
        }
    }

    /// <summary>Whether a sentence is a question headline, where capitals and verbs say little.</summary>
    public bool IsHeadline(int sentence) => headlines[sentence];

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
    public IReadOnlyCollection<string> OutletsOf(int sentence) => outlets[sentence] ??= Section(sentence) != SectionHeadings.PapersSay
        ? []
        : bySentence[sentence].Where(m => m.Type == EntityType.Outlet).Select(m => m.Key!).Distinct().ToList();

    /// <summary>The non-event mention that covers a token, if any.</summary>
    public Mention? At(int sentence, int token)
    {
        foreach (var m in bySentence[sentence])
        {
            if (m.Type != EntityType.Event && m.TitleStart <= token && token < m.TokenEnd)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The entity an entity-card sentence is about: the first mention of its card's opening sentence.</summary>
    public EntityBuilder? CardSubject(int sentence) => cardSubjects[sentence];

    private EntityBuilder? FindCardSubject(int sentence)
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

    /// <summary>The country the brief is about: the one it mentions most.</summary>
    public string? FocalCountry => focalCountry ??= Entities.Where(e => e.Type == EntityType.Country).MaxBy(e => e.Mentions.Count)?.Key;

    /// <summary>
    /// What "the company", "the agency", "the army" refers to: the latest organisation named before the token
    /// (this sentence or the two before) that fits the noun.
    /// </summary>
    public Mention? Antecedent(int sentence, int token, string noun, string? excluding)
    {
        for (var t = sentence; t >= Math.Max(0, sentence - 2); t--)
        {
            var list = bySentence[t];
            for (var k = list.Count - 1; k >= 0; k--)
            {
                var m = list[k];
                if (m.Type == EntityType.Organization && m.Key != excluding && (t < sentence || m.TokenEnd <= token) && Fits(m, noun))
                {
                    return m;
                }
            }
        }

        return IsForce(noun) ? OnlyForce(excluding) : null;
    }

    private static bool IsForce(string noun) => noun.Equals("army", StringComparison.OrdinalIgnoreCase) || noun.Equals("military", StringComparison.OrdinalIgnoreCase);

    // "the army" far from its name still means the brief's army when the brief has only one.
    private Mention? OnlyForce(string? excluding)
    {
        Mention? only = null;
        foreach (var entity in Entities)
        {
            if (entity.Type != EntityType.Organization || entity.Key == excluding || entity.Mentions.Count == 0 || !IsForceName(entity.Name))
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = entity.Mentions[0];
        }

        return only;
    }

    private bool Fits(Mention mention, string noun)
    {
        var entity = ByKey[mention.Key!];
        return noun.ToLowerInvariant() switch
        {
            "army" or "military" => IsForceName(entity.Name),
            "bloc" or "union" => entity.Known?.Kind == "intl",
            "company" or "firm" or "planemaker" or "carmaker" or "manufacturer" or "group" => entity.Known?.Kind is null or "company" or "group",
            _ => true,
        };
    }

    private static bool IsForceName(string name) =>
        name.Contains("Army", StringComparison.OrdinalIgnoreCase) || name.Contains("Armed Forces", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Military", StringComparison.OrdinalIgnoreCase) || name.Contains("Defence Forces", StringComparison.OrdinalIgnoreCase);

    public static bool IsActor(Mention mention) => mention.Type is EntityType.Person or EntityType.Organization or EntityType.Country;
}
