using System.Text;

namespace GraphExplorer.Server.Search;

/// <summary>
/// Folds text for matching: lower case, Latin accents removed (é → e, ß → ss), everything that is not a letter
/// or digit turned into a single space. The server runs with invariant globalization, where
/// <see cref="string.Normalize()"/> does nothing, hence the table for Latin-1 and Latin Extended-A.
/// </summary>
public static class SearchText
{
    // Base letters of U+00C0..U+017F after lower-casing; '*' marks the ones that fold to two letters, '-' the
    // ones kept as they are.
    private const string LatinBase =
        "aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnn--oooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (!char.IsLetterOrDigit(c))
            {
                // Apostrophes join ("O'Brien" → "obrien"); other punctuation separates words.
                if (c is not ('\'' or '\u2019')) pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace) { folded.Append(' '); pendingSpace = false; }
            AppendFolded(folded, c);
        }
        return folded.ToString();
    }

    public static string[] Words(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static void AppendFolded(StringBuilder folded, char c)
    {
        if (c < '\u00C0' || c > '\u017F') { folded.Append(c); return; }
        var mapped = LatinBase[c - '\u00C0'];
        if (mapped == '-') { folded.Append(c); return; }
        if (mapped != '*') { folded.Append(mapped); return; }
        folded.Append(c switch
        {
            'æ' => "ae",
            'œ' => "oe",
            'ß' => "ss",
            'þ' => "th",
            'ĳ' => "ij",
            _ => c.ToString(),
        });
    }
}
