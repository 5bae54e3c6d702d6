using System.Collections.Frozen;

namespace GraphExplorer.Importer.Parsing;

/// <summary>
/// The words that make up much of any brief, each kept as one shared string so the tokenizer need not allocate a
/// new copy at every occurrence. Matching is exact (case-sensitive): a token keeps the text it had.
/// </summary>
internal static class CommonWords
{
    private static readonly FrozenSet<string> Words = Build(
        "the", "of", "and", "to", "in", "a", "an", "on", "for", "with", "by", "at", "from", "as", "that", "this", "is",
        "was", "are", "were", "be", "been", "has", "have", "had", "it", "its", "their", "they", "he", "his", "she", "her",
        "said", "says", "not", "but", "or", "after", "over", "into", "against", "between", "since", "which", "who",
        "while", "also", "than", "more", "will", "would", "could", "before", "during", "under", "about",
        "other", "some", "all", "new", "two", "one", "first", "last", "year", "years", "government", "president",
        "minister", "officials", "military", "forces", "war", "talks", "deal", "state", "people", "country",
        "including", "across", "amid", "both", "what", "when", "where", "there", "these", "those", "then", "now");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared string equal to <paramref name="text"/>, or a new one when it is not a common word.</summary>
    public static string Of(ReadOnlySpan<char> text) => Lookup.TryGetValue(text, out var word) ? word : text.ToString();

    private static FrozenSet<string> Build(params string[] words)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            all.Add(word);
            all.Add(char.ToUpperInvariant(word[0]) + word[1..]);
        }

        return all.ToFrozenSet(StringComparer.Ordinal);
    }
}
