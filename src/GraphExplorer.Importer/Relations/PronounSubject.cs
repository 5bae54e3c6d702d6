using System.Collections.Frozen;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Relations;

/// <summary>
/// Who "he", "she", "it" or "they" in front of a verb stands for: the latest actor of a fitting kind that is itself
/// the subject of a verb earlier in the sentence, else the subject of the sentence before, else the entity an
/// entity card is about. "They" takes the subject together with those listed with it ("Finland and Sweden").
/// </summary>
public static class PronounSubject
{
    // What may stand between a pronoun and its verb ("it has also sanctioned", "they were later").
    private static readonly FrozenSet<string> Fillers = new[]
    {
        "has", "have", "had", "also", "later", "then", "would", "will", "was", "were", "is", "are", "been", "not",
        "already", "again", "since", "now", "repeatedly", "publicly", "openly", "previously", "once", "did", "does",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The pronoun's token, when a subject pronoun stands before the verb with only auxiliaries and adverbs between.</summary>
    public static int Find(List<Token> tokens, int verb)
    {
        for (var i = verb - 1; i >= 0 && verb - i <= 4; i--)
        {
            var text = tokens[i].Text;
            if (text is "he" or "He" or "she" or "She" or "it" or "It" or "they" or "They")
            {
                return i;
            }

            if (!Fillers.Contains(text) && !text.EndsWith("ly", StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The actors the pronoun at <paramref name="pronoun"/> refers to; empty when nothing fits.</summary>
    public static List<Mention> Resolve(BriefDocument document, int s, int pronoun)
    {
        var word = document.Tokens[s][pronoun].Text.ToLowerInvariant();
        var earlier = Latest(document, s, pronoun, word);
        if (earlier is not null)
        {
            return With(document, s, earlier, word);
        }

        if (s > 0 && document.Section(s - 1) == document.Section(s) && First(document, s - 1, word) is { } previous)
        {
            return With(document, s - 1, previous, word);
        }

        if (document.CardSubject(s) is { } card && Fits(card.Type, word))
        {
            return [new Mention { Sentence = s, TokenStart = pronoun, TokenEnd = pronoun + 1, Surface = word, Type = card.Type, Name = card.Name, Key = card.Key }];
        }

        return [];
    }

    /// <summary>The latest actor before a token that is the subject of a verb: who a second, coordinated verb shares.</summary>
    public static Mention? SubjectBefore(BriefDocument document, int s, int before) => Latest(document, s, before, "they");

    private static Mention? Latest(BriefDocument document, int s, int before, string word)
    {
        var list = document.In(s);
        for (var k = list.Count - 1; k >= 0; k--)
        {
            var m = list[k];
            if (m.TokenEnd <= before && Fits(m.Type, word) && IsSubject(document.Tokens[s], m))
            {
                return m;
            }
        }

        return null;
    }

    private static Mention? First(BriefDocument document, int s, string word)
    {
        foreach (var m in document.In(s))
        {
            if (Fits(m.Type, word) && IsSubject(document.Tokens[s], m))
            {
                return m;
            }
        }

        return null;
    }

    // A subject is followed by its verb, perhaps after an auxiliary or an apposition in commas.
    private static bool IsSubject(List<Token> tokens, Mention m)
    {
        if (m.TitleStart > 0 && Prepositions.Contains(tokens[m.TitleStart - 1].Text))
        {
            return false;
        }

        var i = m.TokenEnd;
        if (i < tokens.Count && tokens[i].Is("'s"))
        {
            return false;
        }

        if (i < tokens.Count && tokens[i].Is(","))
        {
            // "Rome, which had asked for the inquiry, welcomed": skip a short apposition or relative clause.
            var close = i + 1;
            while (close < tokens.Count && close - i <= 10 && !tokens[close].Is(",") && !tokens[close].Is(";") && !tokens[close].Is("."))
            {
                close++;
            }

            i = close < tokens.Count && tokens[close].Is(",") ? close + 1 : i;
        }

        while (i < tokens.Count && Fillers.Contains(tokens[i].Text))
        {
            i++;
        }

        return i < tokens.Count && IsVerbLike(tokens[i]);
    }

    private static bool IsVerbLike(Token token) =>
        !token.IsCapitalized && token.IsWord && (token.Text.EndsWith("ed", StringComparison.Ordinal) || token.Text.EndsWith("s", StringComparison.Ordinal)
            || Irregular.Contains(token.Text));

    private static readonly FrozenSet<string> Irregular = new[]
    {
        "said", "told", "sent", "made", "took", "gave", "held", "met", "won", "lost", "led", "began", "struck", "sought",
        "threw", "brought", "found", "ran", "set", "put", "cut", "hit", "left", "kept", "shot", "fought", "paid", "spoke",
        "wrote", "chose", "drew", "rose", "fell", "broke", "stood", "came", "went", "saw", "got", "sold", "bought",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "of", "in", "on", "at", "by", "with", "for", "to", "from", "into", "against", "between", "among", "over", "under",
        "about", "after", "before", "than", "like", "across", "near", "toward", "towards", "through", "within", "without",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool Fits(EntityType type, string word) => word switch
    {
        "he" or "she" => type == EntityType.Person,
        "it" => type is EntityType.Organization or EntityType.Country,
        _ => type is EntityType.Person or EntityType.Organization or EntityType.Country,
    };

    // "they" after "Finland and Sweden joined ...": the whole list.
    private static List<Mention> With(BriefDocument document, int s, Mention subject, string word)
    {
        var result = new List<Mention> { subject };
        if (word != "they")
        {
            return result;
        }

        var tokens = document.Tokens[s];
        var list = document.In(s);
        var index = list.IndexOf(subject);
        for (var k = index - 1; k >= 0; k--)
        {
            var m = list[k];
            var gap = result[^1].TitleStart - m.TokenEnd;
            if (!BriefDocument.IsActor(m) || gap is < 1 or > 2 || !Joins(tokens, m.TokenEnd, result[^1].TitleStart))
            {
                break;
            }

            result.Add(m);
        }

        return result;
    }

    private static bool Joins(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!tokens[i].Is(",") && !tokens[i].Is("and"))
            {
                return false;
            }
        }

        return true;
    }
}
