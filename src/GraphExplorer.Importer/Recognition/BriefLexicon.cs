using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Recognition;

/// <summary>
/// The names one brief introduces: its entity cards (typed by their defining sentence, with the aliases they give)
/// and the acronyms it defines in parentheses ("International Court of Justice (ICJ)").
/// </summary>
public sealed class BriefLexicon
{
    private readonly PhraseTrie<LexiconEntry> names = new(StringComparer.Ordinal);

    /// <summary>Every name and alias, mapped to its entry.</summary>
    public Dictionary<string, LexiconEntry> AliasOf { get; } = new(StringComparer.Ordinal);

    public List<(LexiconEntry Entry, EntityCard Card)> Cards { get; } = [];

    public static BriefLexicon Build(ParsedBrief brief, IReadOnlyList<List<Token>> tokens, Gazetteer gazetteer, ChunkClassifier classifier)
    {
        var lexicon = new BriefLexicon();
        foreach (var card in brief.Cards)
        {
            if (card.Name.Length < 2)
            {
                continue;
            }

            var known = gazetteer.ByCanonical.GetValueOrDefault(card.Name) ?? KnownByForm(card.Name, gazetteer);
            var type = known?.Type ?? CardTyper.TypeOf(card.Text);
            var name = known?.Canonical ?? card.Name;
            var entry = new LexiconEntry(name, type, known);
            lexicon.Cards.Add((entry, card));
            lexicon.Add(card.Name, entry);
            foreach (var alias in CardAliases.Of(card.Text))
            {
                lexicon.Add(alias, entry);
            }
        }

        foreach (var sentence in tokens)
        {
            lexicon.AddAcronyms(sentence, gazetteer, classifier);
        }

        return lexicon;
    }

    public (int Length, LexiconEntry? Entry) Match(IReadOnlyList<Token> tokens, int start, int end) =>
        names.Match(tokens, start, end);

    private void Add(string name, LexiconEntry entry)
    {
        names.Add(name, entry);
        AliasOf.TryAdd(name, entry);
    }

    private static GazetteerEntry? KnownByForm(string name, Gazetteer gazetteer)
    {
        var tokens = Tokenizer.Tokenize(name);
        var (length, form) = gazetteer.Names.Match(tokens, 0);
        return length == tokens.Count && form is { Kind: FormKind.Name } ? form.Entry : null;
    }

    // "Long Name (ACR)": the acronym and its expansion become names of one entity.
    private void AddAcronyms(List<Token> tokens, Gazetteer gazetteer, ChunkClassifier classifier)
    {
        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i - 1].Is("(") || !tokens[i + 1].Is(")") || !(IsAcronym(tokens[i].Text) || IsWordAcronym(tokens[i].Text)))
            {
                continue;
            }

            var start = i - 1;
            while (start > 0 && (IsNameWord(tokens[start - 1]) || (IsInnerWord(tokens[start - 1]) && start - 1 > 0 && IsNameWord(tokens[start - 2]) && !IsCountry(tokens, start - 2, gazetteer))))
            {
                start--;
            }

            while (start < i - 1 && (Lexicon.FunctionWords.Contains(tokens[start].Text) || Lexicon.Connectors.Contains(tokens[start].Text)))
            {
                start++;
            }

            if (start >= i - 1 || (!IsAcronym(tokens[i].Text) && (i - 1 - start < 2 || char.ToUpperInvariant(tokens[start].Text[0]) != tokens[i].Text[0])))
            {
                continue;
            }

            var expansion = string.Join(' ', tokens.Skip(start).Take(i - 1 - start).Select(t => t.Text)).Replace(" 's", "'s", StringComparison.Ordinal);
            var (length, form) = gazetteer.Names.Match(tokens, start, i - 1);
            var known = length == i - 1 - start ? form?.Entry : null;
            if (!AliasOf.TryGetValue(expansion, out var entry))
            {
                var type = known?.Type ?? classifier.Classify(tokens, start, i - 1, EmptyNames, null) switch
                {
                    { Tentative: false } typed => typed.Type,
                    _ => EntityType.Organization,
                };
                entry = new LexiconEntry(known?.Canonical ?? expansion, type, known);
                Add(expansion, entry);
            }

            Add(tokens[i].Text, entry);
        }
    }

    private static readonly HashSet<string> EmptyNames = [];

    private static bool IsNameWord(Token token) => token.IsCapitalized && token.IsWord;

    private static bool IsInnerWord(Token token) => token.Is("and") || token.Is("'") || (Lexicon.Connectors.Contains(token.Text) && !token.Is("the"));

    private static bool IsCountry(List<Token> tokens, int at, Gazetteer gazetteer) =>
        tokens[at + 1].Is("'s") && gazetteer.Names.Match(tokens, at).Value?.Entry.Type == EntityType.Country;

    // "Caricom", "Ecowas": a capitalised short word in parentheses after a name that starts with its letter.
    private static bool IsWordAcronym(string text) =>
        text.Length is >= 3 and <= 8 && char.IsUpper(text[0]) && text.AsSpan(1).IndexOfAnyExceptInRange('a', 'z') < 0;

    private static bool IsAcronym(string text)
    {
        if (text.Length is < 2 or > 10)
        {
            return false;
        }

        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (!char.IsLower(c) && c != '-' && !char.IsDigit(c))
            {
                return false;
            }
        }

        return upper >= 2 && char.IsUpper(text[0]);
    }
}
