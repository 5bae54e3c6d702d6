namespace GraphExplorer.Importer.Benchmarks;

/// <summary>Made-up capitalised words, the same for the same (word, copy) so a brief's copy renames consistently.</summary>
internal static class NameGenerator
{
    private static readonly string[] Onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "th", "sh"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ei"];
    private static readonly string[] Codas = ["", "", "n", "r", "s", "l", "m", "k"];

    public static string For(string word, int copy)
    {
        var state = (uint)(StableHash(word) * 1_000_003 + copy * 7_919) | 1u;
        var syllables = 2 + (int)(Next(ref state) % 2);
        var name = new System.Text.StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            name.Append(Onsets[Next(ref state) % Onsets.Length]);
            name.Append(Vowels[Next(ref state) % Vowels.Length]);
            name.Append(Codas[Next(ref state) % Codas.Length]);
        }
        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        unchecked
        {
            foreach (var c in text) hash = hash * 31 + c;
        }
        return hash;
    }

    private static uint Next(ref uint state)
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    }
}
