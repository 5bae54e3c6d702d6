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
            if (token.IsCapitalized && token.IsWord)
            {
                if (end > start && !Lexicon.Connectors.Contains(tokens[end - 1].Text) && StartsCountry(tokens, end, gazetteer))
                {
                    break;
                }

                end++;
                continue;
            }

            if (end > start && Lexicon.Connectors.Contains(token.Text) && end + 1 < limit
                && (tokens[end + 1].IsCapitalized || (tokens[end + 1].Is("the") && end + 2 < limit && tokens[end + 2].IsCapitalized))
                && (token.Text != "the" || tokens[end - 1].Is("of")))
            {
                end++;
                continue;
            }

            break;
        }

        return end;
    }

    private static bool StartsCountry(IReadOnlyList<Token> tokens, int at, Gazetteer gazetteer)
    {
        var (length, form) = gazetteer.Names.Match(tokens, at);
        return length > 0 && form!.Entry.Type is Model.EntityType.Country or Model.EntityType.Outlet;
    }
}
