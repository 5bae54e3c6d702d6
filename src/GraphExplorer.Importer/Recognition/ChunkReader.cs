using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Recognition;

/// <summary>
/// Reads a run of capitalised words ("Constitutional Court of Thailand", "Cambodian People's Party"): lower-case
/// connectors are taken only between capitalised words, and a known country name not after a connector ends it.
/// </summary>
public static class ChunkReader
{
    public static int End(IReadOnlyList<Token> tokens, int start, int limit, Gazetteer gazetteer)
    {
        var end = start;
        while (end < limit)
        {
            var token = tokens[end];
            if (IsNameWord(token))
            {
                if (end > start && !Lexicon.Connectors.Contains(tokens[end - 1].Text) && StartsCountry(tokens, end, gazetteer))
                {
                    break;
                }

                end++;
                continue;
            }

            if (end > start && Lexicon.Connectors.Contains(token.Text) && (token.Text != "the" || tokens[end - 1].Is("of"))
                && (token.Text is not ("for" or "on") || NamesBody(tokens, start, end, gazetteer)))
            {
                // Up to two connectors between capitalised words: "Ursula von der Leyen", "Republic of the Sudan".
                var next = end + 1;
                if (next < limit && Lexicon.Connectors.Contains(tokens[next].Text))
                {
                    next++;
                }

                // A connector joins names, not a date or a sentence word: "Jane Okafor on Monday" is no name.
                if (next < limit && IsNameWord(tokens[next]) && !Lexicon.FunctionWords.Contains(tokens[next].Text))
                {
                    end = next;
                    continue;
                }
            }

            break;
        }

        return end;
    }

    /// <summary>A capitalised word, or a name with a lower-case particle ("al-Sisi", "el-Mandeb").</summary>
    public static bool IsNameWord(Token token)
    {
        if (!token.IsWord)
        {
            return false;
        }

        if (token.IsCapitalized)
        {
            return true;
        }

        var dash = token.Text.IndexOf('-');
        return dash is > 0 and <= 3 && dash + 1 < token.Text.Length && char.IsUpper(token.Text[dash + 1]);
    }

    // "for" and "on" join the name of a body ("Institute for Fiscal Studies", "Council on Foreign Relations"), not a
    // person and what follows ("thanked Smith for the Olympic bid").
    private static bool NamesBody(IReadOnlyList<Token> tokens, int start, int end, Gazetteer gazetteer)
    {
        for (var i = start; i < end; i++)
        {
            if (gazetteer.OrganizationWords.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsCountry(IReadOnlyList<Token> tokens, int at, Gazetteer gazetteer)
    {
        var (length, form) = gazetteer.Names.Match(tokens, at);
        return length > 0 && form!.Entry.Type is Model.EntityType.Country or Model.EntityType.Outlet;
    }
}
