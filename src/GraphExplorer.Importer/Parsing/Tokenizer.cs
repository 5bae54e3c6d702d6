using System.Collections.Frozen;
namespace GraphExplorer.Importer.Parsing;

/// <summary>
/// Splits a sentence into <see cref="Token"/>s. Keeps "U.S.", "2,137", "3.5", "al-Sisi" and "O'Connor" whole;
/// splits off a possessive "'s" and participle suffixes such as "-backed", "-led", "-brokered".
/// </summary>
public static class Tokenizer
{
    private static readonly FrozenSet<string> SplitSuffixes = new[]
    {
        "backed", "led", "based", "owned", "brokered", "run", "linked", "administered", "controlled", "made",
        "bound", "funded", "sponsored", "allied", "aligned", "held", "occupied", "flagged", "operated", "mediated",
        "registered", "headquartered", "born", "style", "era", "wide", "related",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (IsApostrophe(c) && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                tokens.Add(new Token(i, i + 2, "'s"));
                i += 2;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(i, i + 1, IsApostrophe(c) ? "'" : PunctuationText(c)));
                i++;
                continue;
            }

            i = ReadWord(text, i, tokens);
        }

        return tokens;
    }

    private static int ReadWord(string text, int start, List<Token> tokens)
    {
        var i = start;
        var hasCurly = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '.' && char.IsLetter(next) && i + 2 < text.Length && text[i + 2] == '.' && i - start <= 2)
            {
                // Dotted abbreviation: "U.S." or "U.K." kept with its final dot.
                i += 3;
                while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.')
                {
                    i += 2;
                }

                continue;
            }

            if ((c is '.' or ',') && char.IsDigit(next) && i > start && char.IsDigit(text[i - 1]))
            {
                i++;
                continue;
            }

            if (IsApostrophe(c) && char.IsLetter(next))
            {
                var after = i + 2 < text.Length ? text[i + 2] : '\0';
                if ((next is 's' or 'S') && !char.IsLetterOrDigit(after))
                {
                    break;
                }

                hasCurly |= c != '\'';
                i++;
                continue;
            }

            if (c == '-' && char.IsLetterOrDigit(next))
            {
                var suffixEnd = i + 1;
                while (suffixEnd < text.Length && char.IsLetter(text[suffixEnd]))
                {
                    suffixEnd++;
                }

                if (SplitSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i + 1, suffixEnd - i - 1))
                    && (suffixEnd >= text.Length || !char.IsLetterOrDigit(text[suffixEnd])))
                {
                    tokens.Add(new Token(start, i, Word(text, start, i, hasCurly)));
                    tokens.Add(new Token(i, suffixEnd, text.Substring(i, suffixEnd - i)));
                    return suffixEnd;
                }

                i++;
                continue;
            }

            break;
        }

        tokens.Add(new Token(start, i, Word(text, start, i, hasCurly)));
        return i;
    }

    private static string Word(string text, int start, int end, bool hasCurly)
    {
        if (!hasCurly)
        {
            return CommonWords.Of(text.AsSpan(start, end - start));
        }

        return text.Substring(start, end - start).Replace('\u2019', '\'').Replace('\u2018', '\'');
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018';

    private static string PunctuationText(char c) => c switch
    {
        ',' => ",",
        '.' => ".",
        '(' => "(",
        ')' => ")",
        '"' or '\u201c' or '\u201d' => "\"",
        ':' => ":",
        ';' => ";",
        '-' => "-",
        _ => c.ToString(),
    };
}
