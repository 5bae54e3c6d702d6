using System.Collections.Frozen;
using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Recognition;

/// <summary>
/// Finds Person, Organization, Country and Outlet mentions in every sentence: the brief's own names first, then
/// the gazetteer, then runs of capitalised words typed by context (<see cref="ChunkClassifier"/>). A country
/// followed by an organ ("Thailand's army", "Pakistan Army") also yields an organisation tied to it.
/// </summary>
public sealed class MentionRecognizer
{
    private static readonly FrozenSet<string> PlacePrepositions = new[]
    {
        "in", "to", "from", "at", "near", "into", "via", "around", "across", "outside", "inside", "towards", "toward",
        "through", "throughout", "within", "reach", "reached", "visit", "visited", "visiting", "fled",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly Gazetteer gazetteer;
    private readonly ChunkClassifier classifier;
    private readonly PhraseTrie<string> organs = new(StringComparer.OrdinalIgnoreCase);

    public MentionRecognizer(Gazetteer gazetteer, ChunkClassifier classifier)
    {
        this.gazetteer = gazetteer;
        this.classifier = classifier;
        foreach (var organ in Lexicon.StateOrgans)
        {
            organs.Add(organ, organ);
        }

        organs.Freeze();
    }

    public List<Mention> Recognize(ParsedBrief brief, IReadOnlyList<List<Token>> tokens, bool[] headlines, BriefLexicon lexicon)
    {
        var mentions = new List<Mention>();
        var cited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var outlet in brief.CitedOutletNames)
        {
            cited.Add(outlet.StartsWith("The ", StringComparison.Ordinal) ? outlet[4..] : outlet);
        }

        for (var s = 0; s < tokens.Count; s++)
        {
            var sentence = tokens[s];
            var titleCase = headlines[s];
            var i = 0;
            while (i < sentence.Count)
            {
                i = Next(sentence, s, i, titleCase, lexicon, cited, mentions);
            }
        }

        return mentions;
    }

    private int Next(List<Token> tokens, int sentence, int i, bool titleCase, BriefLexicon lexicon, HashSet<string> cited, List<Mention> mentions)
    {
        var token = tokens[i];
        if (!token.IsWord)
        {
            return i + 1;
        }

        var (lexLength, lexEntry) = lexicon.Match(tokens, i, tokens.Count);
        var (gazLength, form) = gazetteer.Names.Match(tokens, i);
        if (lexLength > 0 && lexLength >= gazLength && !(lexLength == gazLength && lexEntry!.Known == form!.Entry))
        {
            var type = lexEntry!.Type ?? lexEntry.Known?.Type ?? EntityType.Organization;
            mentions.Add(Create(tokens, sentence, i, i + lexLength, type, lexEntry.Name, lexEntry.Known));
            return i + lexLength;
        }

        if (gazLength > 0)
        {
            return Known(tokens, sentence, i, gazLength, form!, mentions);
        }

        if (token.Text.Contains('-') && token.IsCapitalized && SplitCompound(tokens, sentence, i, mentions))
        {
            return i + 1;
        }

        if (titleCase || Lexicon.FunctionWords.Contains(token.Text))
        {
            return i + 1;
        }

        if (!token.IsCapitalized)
        {
            return Particle(tokens, sentence, i, mentions);
        }

        var end = ChunkReader.End(tokens, i, tokens.Count, gazetteer);
        var previous = mentions.Count > 0 && mentions[^1].Sentence == sentence ? mentions[^1] : null;
        var result = classifier.Classify(tokens, i, end, cited, previous);
        if (result is null)
        {
            return i + 1;
        }

        var mention = Create(tokens, sentence, result.NameStart, end, result.Type, null, null);
        mentions.Add(new Mention
        {
            Sentence = sentence,
            TokenStart = result.NameStart,
            TokenEnd = end,
            Surface = mention.Surface,
            Type = result.Type,
            Name = mention.Name,
            Title = result.Title,
            TitleStart = result.TitleStart,
            TitledSurface = result.Title is null ? null : Surface(tokens, result.TitleStart, end),
            Tentative = result.Tentative,
        });
        return end;
    }

    private int Known(List<Token> tokens, int sentence, int i, int length, GazetteerForm form, List<Mention> mentions)
    {
        var entry = form.Entry;
        var after = i + length;
        if (entry.IsPlace)
        {
            return after;
        }

        if (entry.Type == EntityType.Country && form.Kind == FormKind.Capital
            && ((i > 0 && PlacePrepositions.Contains(tokens[i - 1].Text)) || (after < tokens.Count && tokens[after].IsCapitalized)))
        {
            // A city as a place ("lured to Bangkok") or inside a name ("Paris Agreement") does not name the state.
            return i + 1;
        }

        if (entry.Type == EntityType.Country && form.Kind != FormKind.Capital && after < tokens.Count)
        {
            // "Pakistan Army", "Sudanese Armed Forces": a country word opening an organisation's name.
            var next = tokens[after];
            if (next.IsCapitalized && !Lexicon.FunctionWords.Contains(next.Text) && gazetteer.Names.Match(tokens, after).Length == 0)
            {
                var end = ChunkReader.End(tokens, after, tokens.Count, gazetteer);
                if (gazetteer.OrganizationWords.Contains(tokens[end - 1].Text) && gazetteer.Titles.Match(tokens, after, end).Length == 0)
                {
                    var (organLength, _) = organs.Match(tokens, after, end);
                    mentions.Add(Create(tokens, sentence, i, end, EntityType.Organization, Surface(tokens, i, end), null, entry, organLength == end - after));
                    return end;
                }
            }

            var organStart = next.Is("'s") ? after + 1 : after;
            var (organMatch, organWord) = organs.Match(tokens, organStart);
            if (organMatch > 0 && !tokens[organStart].IsCapitalized && !ModifiesNoun(tokens, organStart + organMatch))
            {
                mentions.Add(Create(tokens, sentence, i, after, entry.Type, entry.Canonical, entry, form: form.Kind));
                var organEnd = organStart + organMatch;
                mentions.Add(Create(tokens, sentence, i, organEnd, EntityType.Organization, entry.Canonical + " " + OrganName(organWord!), null, entry, true));
                return organEnd;
            }
        }

        mentions.Add(Create(tokens, sentence, i, after, entry.Type, entry.Canonical, entry, form: form.Kind));
        return after;
    }

    // "von der Leyen": a surname with its particles, kept only if it names a person found elsewhere.
    private int Particle(List<Token> tokens, int sentence, int i, List<Mention> mentions)
    {
        if (!Lexicon.Connectors.Contains(tokens[i].Text) || tokens[i].Is("of") || tokens[i].Is("the") || tokens[i].Is("'s")
            || (i > 0 && ChunkReader.IsNameWord(tokens[i - 1])) || Preposition(tokens, i))
        {
            return i + 1;
        }

        var end = ChunkReader.End(tokens, i + 1, tokens.Count, gazetteer);
        if (end == i + 1 && i + 2 < tokens.Count && Lexicon.Connectors.Contains(tokens[i + 1].Text))
        {
            end = ChunkReader.End(tokens, i + 2, tokens.Count, gazetteer);
            if (end == i + 2)
            {
                return i + 1;
            }
        }
        else if (end == i + 1)
        {
            return i + 1;
        }

        var surface = Surface(tokens, i, end);
        mentions.Add(new Mention { Sentence = sentence, TokenStart = i, TokenEnd = end, Surface = surface, Type = EntityType.Person, Name = surface, Tentative = true });
        return end;
    }

    // "called on Chile to", "on the African Union to", "support for UN-led": a preposition before a known name that stands alone, not a
    // particle of a longer name.
    private bool Preposition(List<Token> tokens, int i)
    {
        if (tokens[i].Text is not ("on" or "for") || i + 1 >= tokens.Count)
        {
            return false;
        }

        var start = tokens[i + 1].Is("the") ? i + 2 : i + 1;
        var length = gazetteer.Names.Match(tokens, start).Length;
        return length > 0 && (start + length == tokens.Count || !tokens[start + length].IsCapitalized);
    }

    // "Cambodian military targets": the organ word is an adjective here, not a body.
    private static bool ModifiesNoun(List<Token> tokens, int after) =>
        after < tokens.Count && Lexicon.ModifiedNouns.Contains(tokens[after].Text);

    // "US-Houthi", "India-Pakistan": each part that is a known name is a mention.
    private bool SplitCompound(List<Token> tokens, int sentence, int i, List<Mention> mentions)
    {
        var found = false;
        foreach (var part in tokens[i].Text.Split('-'))
        {
            var partTokens = Tokenizer.Tokenize(part);
            var (length, form) = gazetteer.Names.Match(partTokens, 0);
            if (length == partTokens.Count && length > 0 && !form!.Entry.IsPlace)
            {
                mentions.Add(new Mention
                {
                    Sentence = sentence,
                    TokenStart = i,
                    TokenEnd = i + 1,
                    Surface = part,
                    Type = form!.Entry.Type,
                    Name = form.Entry.Canonical,
                    Known = form.Entry,
                    Form = form.Kind,
                });
                found = true;
            }
        }

        return found;
    }

    private static Mention Create(List<Token> tokens, int sentence, int start, int end, EntityType type, string? name, GazetteerEntry? known, GazetteerEntry? tie = null, bool stateOrgan = false, FormKind form = FormKind.Name)
    {
        var surface = Surface(tokens, start, end);
        return new Mention
        {
            Sentence = sentence,
            TokenStart = start,
            TokenEnd = end,
            Surface = surface,
            Type = type,
            Name = name ?? surface,
            Known = known,
            Tie = tie,
            IsStateOrgan = stateOrgan,
            Form = form,
        };
    }

    /// <summary>The tokens' text joined as written (a possessive stays attached).</summary>
    public static string Surface(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end - start == 1)
        {
            return tokens[start].Text;
        }

        var length = 0;
        for (var i = start; i < end; i++)
        {
            length += tokens[i].Text.Length + (SpaceBefore(tokens, start, i) ? 1 : 0);
        }

        return string.Create(length, (tokens, start, end), static (buffer, state) =>
        {
            var at = 0;
            for (var i = state.start; i < state.end; i++)
            {
                if (SpaceBefore(state.tokens, state.start, i))
                {
                    buffer[at++] = ' ';
                }

                var text = state.tokens[i].Text;
                text.CopyTo(buffer[at..]);
                at += text.Length;
            }
        });
    }

    private static bool SpaceBefore(IReadOnlyList<Token> tokens, int start, int i) => i > start && tokens[i].Start > tokens[i - 1].End;

    // One name per organ whatever the wording: "Pakistan's army" and "Pakistani military" are the Pakistan Army.
    private static string OrganName(string organ) => organ.ToLowerInvariant() switch
    {
        "military" or "armed forces" => "Army",
        "defense ministry" => "Defence Ministry",
        _ => TitleCase(organ),
    };

    private static string TitleCase(string words) =>
        string.Join(' ', words.Split(' ').Select(w => w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));
}
