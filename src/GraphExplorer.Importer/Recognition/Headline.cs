using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Recognition;

/// <summary>
/// Question headlines ("What Did the US-Houthi Ceasefire Actually Cover?") capitalise every word, so capitals there
/// say nothing about names. A headline has mostly capitalised words and does not end with a full stop.
/// </summary>
public static class Headline
{
    /// <summary>Whether each sentence is a headline, computed once for every stage that asks.</summary>
    public static bool[] Of(IReadOnlyList<List<Token>> sentences)
    {
        var headlines = new bool[sentences.Count];
        for (var s = 0; s < headlines.Length; s++)
        {
            headlines[s] = IsHeadline(sentences[s]);
        }

        return headlines;
    }

    public static bool IsHeadline(List<Token> tokens)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var token in tokens)
        {
            if (token.IsWord && token.Text.Length > 3)
            {
                words++;
                if (token.IsCapitalized)
                {
                    capitalised++;
                }
            }
        }

        return words >= 3 && capitalised * 10 >= words * 7 && (tokens.Count == 0 || !tokens[^1].Is("."));
    }
}
