using System.Collections.Frozen;
namespace GraphExplorer.Importer.Parsing;

/// <summary>
/// Splits a paragraph into sentences by character offsets. A period ends a sentence only when it is followed by
/// space and a capital, digit or quote, and does not close an abbreviation ("Dr.", "Jan.", "U.S.") or an initial.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "capt", "cpt", "sgt", "maj", "adm",
        "sen", "rep", "gov", "pres", "hon", "rev", "fr", "mt", "ft", "inc", "ltd", "corp", "co", "no", "nos", "vs",
        "etc", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "al", "e.g", "i.e", "cf", "ca",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Appends the [start, end) ranges of the sentences of text[start..end) to <paramref name="ranges"/>.</summary>
    public static void Split(string text, int start, int end, List<(int Start, int End)> ranges)
    {
        var sentenceStart = Skip(text, start, end);
        var i = sentenceStart;
        while (i < end)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '\u2026')
            {
                var close = i + 1;
                while (close < end && text[close] is '.' or '!' or '?' or '"' or '\u201d' or '\'' or '\u2019' or ')')
                {
                    close++;
                }

                if (close >= end || (char.IsWhiteSpace(text[close]) && StartsSentence(text, close, end) && !IsAbbreviation(text, sentenceStart, i, c)))
                {
                    Add(text, sentenceStart, close, ranges);
                    sentenceStart = Skip(text, close, end);
                    i = sentenceStart;
                    continue;
                }

                i = close;
                continue;
            }

            i++;
        }

        if (sentenceStart < end)
        {
            Add(text, sentenceStart, end, ranges);
        }
    }

    private static int Skip(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(string text, int start, int end, List<(int, int)> ranges)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            ranges.Add((start, end));
        }
    }

    private static bool StartsSentence(string text, int i, int end)
    {
        i = Skip(text, i, end);
        if (i >= end)
        {
            return true;
        }

        var c = text[i];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201c' or '\'' or '\u2018' or '(' or '[';
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot, char mark)
    {
        if (mark != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not '(' and not '"' and not '\u201c')
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        // An initial ("J. Smith") or a dotted abbreviation ("U.S.", "a.m.").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.'))
        {
            return true;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
