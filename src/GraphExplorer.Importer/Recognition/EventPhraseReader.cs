using System.Collections.Frozen;
using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Recognition;

/// <summary>
/// Reads the event phrases of a sentence around event head nouns: up to three modifiers before the head
/// ("Hamas-led attack", "2021 Sudanese coup", "Sudan's war") and one or two prepositional complements after it
/// ("crackdown on online scam operations", "outbreaks of botulism and salmonella in the UK").
/// </summary>
public sealed class EventPhraseReader
{
    private const int MaxModifiers = 3;
    private const int MaxComplement = 6;

    private static readonly FrozenSet<string> Stop = new[]
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "of", "in", "on",
        "at", "to", "by", "for", "with", "from", "into", "over", "against", "between", "and", "or", "but", "as",
        "after", "before", "since", "during", "while", "which", "who", "whose", "where", "when", "than", "has", "have",
        "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "should", "can", "may",
        "might", "must", "not", "no", "it", "they", "he", "she", "we", "also", "still", "says", "said", "say",
        "amid", "despite", "including", "under", "more", "most", "some", "any", "all", "both", "each", "such", "other",
        "another", "many", "much", "several", "same", "so", "very", "then", "there", "here", "what", "why", "how",
        "did", "does", "do", "if", "about", "through", "across", "around", "until", "up", "out", "off", "per", "via",
        "near", "without", "within", "toward", "towards", "among", "upon", "following", "led", "brokered", "just",
        "recent", "latest", "new", "ongoing", "first", "last", "next", "further", "major", "wider", "long", "fresh",
        "current", "possible", "potential", "previous", "former", "future", "final", "full", "whole", "largest",
        "worst", "biggest", "own", "further", "those", "only", "even", "already", "now", "again", "any", "one",
        "fought", "won", "lost", "held", "began", "begun", "made", "took", "taken", "gave", "given", "saw", "seen", "met",
        "sent", "struck", "brought", "broke", "broken", "came", "went", "left", "paid", "told", "found", "built", "hit",
        "set", "put", "cut", "shot", "drove", "ran", "kept", "spent", "sought", "fled", "withdrew", "became", "ended",
        "is", "was", "says", "see", "sees", "like", "likely",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "of", "on", "against", "over", "in", "into", "between", "with",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> VerbCues = new[]
    {
        "to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do", "not",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly Gazetteer gazetteer;
    private readonly PhraseTrie<string> heads = new(StringComparer.OrdinalIgnoreCase);

    public EventPhraseReader(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        foreach (var (word, group) in gazetteer.EventWords)
        {
            heads.Add(word, group);
        }

        heads.Freeze();
    }

    /// <summary>
    /// Appends the event phrases of one sentence. <paramref name="keys"/> gives, per token, the key of the entity a
    /// mention there links to: content words that name an entity count as that entity ("US" and "Washington" alike).
    /// </summary>
    public void Read(int sentence, List<Token> tokens, string?[] keys, bool headline, List<EventPhrase> phrases)
    {
        Flights(sentence, tokens, keys, headline, phrases);
        for (var i = 0; i < tokens.Count; i++)
        {
            var (length, group) = heads.Match(tokens, i);
            if (length == 0 || IsVerb(tokens, i))
            {
                continue;
            }

            var headEnd = i + length;
            var start = Modifiers(tokens, i);
            var end = Complement(tokens, headEnd);
            if (gazetteer.EventWordsNeedingOf.Contains(tokens[i].Text) && (end == headEnd || !tokens[headEnd].IsIgnoreCase("of") || !tokens[headEnd + 1].IsCapitalized))
            {
                continue;
            }

            // A dispute is an event only when qualified ("border disputes", "tensions with Thailand"), and
            // "the neighbours dispute sovereignty" is a verb.
            if (group == "dispute" && ((start == i && end == headEnd) || (headEnd < tokens.Count && tokens[headEnd].IsWord && !tokens[headEnd].IsCapitalized && !Prepositions.Contains(tokens[headEnd].Text))
                || (start < i && tokens[i - 1].IsCapitalized && end == headEnd)))
            {
                continue;
            }

            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var k = start; k < end; k++)
            {
                var token = tokens[k];
                if ((k < i || k >= headEnd) && token.IsWord && !Stop.Contains(token.Text) && !gazetteer.EventWords.ContainsKey(token.Text))
                {
                    var isName = (token.IsCapitalized && !(headline && keys[k] is null)) || char.IsDigit(token.Text[0]);
                    if (keys[k] is { } key)
                    {
                        words.Add(key);
                        if (isName)
                        {
                            names.Add(key);
                        }
                    }
                    else if (!token.Text.Contains('-'))
                    {
                        AddWord(token.Text, isName, words, names);
                    }
                    else
                    {
                        foreach (var part in token.Text.Split('-', StringSplitOptions.RemoveEmptyEntries))
                        {
                            AddWord(part, isName, words, names);
                        }
                    }
                }
            }

            phrases.Add(new EventPhrase(sentence, start, end, MentionRecognizer.Surface(tokens, start, end), group!, words, names, headline));
            i = headEnd - 1;
        }
    }

    private static void AddWord(string word, bool isName, HashSet<string> words, HashSet<string> names)
    {
        var stem = Stem(word);
        words.Add(stem);
        if (isName)
        {
            names.Add(stem);
        }
    }

    // "Lion Air Flight 610": a numbered flight is named for what happened to it.
    private static void Flights(int sentence, List<Token> tokens, string?[] keys, bool headline, List<EventPhrase> phrases)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].Is("Flight") || !char.IsDigit(tokens[i + 1].Text[0]) || keys[i - 1] is not { } airline)
            {
                continue;
            }

            var start = i - 1;
            while (start > 0 && keys[start - 1] == airline)
            {
                start--;
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { airline, tokens[i + 1].Text };
            phrases.Add(new EventPhrase(sentence, start, i + 2, MentionRecognizer.Surface(tokens, start, i + 2), "flight", [.. names], names, headline));
        }
    }

    private static bool IsVerb(List<Token> tokens, int i)
    {
        if (i > 0 && (VerbCues.Contains(tokens[i - 1].Text) || (tokens[i - 1].IsIgnoreCase("at") && tokens[i].IsIgnoreCase("war"))))
        {
            return true;
        }

        return i + 1 < tokens.Count && tokens[i].IsIgnoreCase("deal") && tokens[i + 1].IsIgnoreCase("with");
    }

    private int Modifiers(List<Token> tokens, int head)
    {
        var start = head;
        var taken = 0;
        while (start > 0 && taken < MaxModifiers)
        {
            var token = tokens[start - 1];
            if (token.Is("'s") && start >= 2 && tokens[start - 2].IsCapitalized)
            {
                start -= 2;
                taken++;
                while (start > 0 && tokens[start - 1].IsCapitalized && tokens[start - 1].IsWord && !Lexicon.FunctionWords.Contains(tokens[start - 1].Text))
                {
                    start--;
                }

                break;
            }

            if (!token.IsWord || Stop.Contains(token.Text) || (Lexicon.FunctionWords.Contains(token.Text) && !Months.Contains(token.Text)) || gazetteer.EventWords.ContainsKey(token.Text))
            {
                break;
            }

            start--;
            taken++;
        }

        // A verb before the head is no modifier: "to combat deforestation", "Washington imposed sanctions".
        for (var k = head - 1; k >= start; k--)
        {
            if (IsVerbModifier(tokens, k))
            {
                return k + 1;
            }
        }

        return start;
    }

    private static bool IsVerbModifier(List<Token> tokens, int at)
    {
        var before = at > 0 ? tokens[at - 1] : default;
        if (at > 0 && (before.Is("to") || VerbCues.Contains(before.Text)))
        {
            return true;
        }

        var word = tokens[at];
        return !word.IsCapitalized && word.Text.EndsWith("ed", StringComparison.Ordinal) && at > 0 && !Determiners.Contains(before.Text) && !Prepositions.Contains(before.Text);
    }

    private static readonly FrozenSet<string> Determiners = new[]
    { "the", "a", "an", "its", "their", "his", "her", "this", "that" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Months = new[]
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    }.ToFrozenSet(StringComparer.Ordinal);

    private int Complement(List<Token> tokens, int after)
    {
        if (after >= tokens.Count || !Prepositions.Contains(tokens[after].Text))
        {
            return after;
        }

        var end = after + 1;
        if (end < tokens.Count && tokens[end].IsIgnoreCase("the"))
        {
            end++;
        }

        var taken = 0;
        while (end < tokens.Count && taken < MaxComplement)
        {
            var token = tokens[end];
            if (token.IsWord && !Stop.Contains(token.Text) && !gazetteer.EventWords.ContainsKey(token.Text)
                && !(taken > 0 && !token.IsCapitalized && token.Text.EndsWith("ed", StringComparison.Ordinal)))
            {
                end++;
                taken++;
                continue;
            }

            if (token.Is("in") && end + 1 < tokens.Count && (Months.Contains(tokens[end + 1].Text) || char.IsDigit(tokens[end + 1].Text[0])))
            {
                // "in February 2022" dates the event; it is not part of its name.
                break;
            }

            if ((token.Is("and") || token.Is("in") || token.Is("of")) && taken > 0)
            {
                var next = end + 1 < tokens.Count && tokens[end + 1].Is("the") && !token.Is("and") ? end + 2 : end + 1;
                if (next < tokens.Count && tokens[next].IsWord && !Stop.Contains(tokens[next].Text))
                {
                    end = next;
                    continue;
                }
            }

            break;
        }

        while (end > after + 1 && Stop.Contains(tokens[end - 1].Text))
        {
            end--;
        }

        return taken == 0 ? after : end;
    }

    // "disputes" and "dispute", "attacks" and "attack" are the same word for telling events apart.
    private static string Stem(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 4 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) ? lower[..^1] : lower;
    }
}
