namespace GraphExplorer.Server.Search;

/// <summary>
/// An immutable state of the search index: the entries, and every searchable term sorted ordinally so that
/// exact and prefix matches are a binary search and fuzzy candidates (same first letter) a contiguous range.
/// </summary>
internal sealed class SearchSnapshot
{
    public static SearchSnapshot Empty { get; } = new([]);

    public SearchSnapshot(IReadOnlyList<EntityEntry> entries)
    {
        Entries = entries;
        var terms = new List<SearchTerm>();
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var name in entries[i].Aliases.Prepend(entries[i].Name).Distinct())
            {
                var folded = SearchText.Fold(name);
                if (folded.Length == 0) continue;
                terms.Add(new SearchTerm(folded, i, Whole: true));
                var words = SearchText.Words(folded);
                if (words.Length > 1)
                    foreach (var word in words) terms.Add(new SearchTerm(word, i, Whole: false));
            }
        }
        terms.Sort((x, y) => string.CompareOrdinal(x.Text, y.Text));
        Terms = terms.ToArray();
        FuzzyBuckets = BucketByFirstLetterAndLength(Terms);
        (WholeText, WholeStarts, WholeEntries) = Concatenate(Terms);
        ById = Enumerable.Range(0, entries.Count).ToDictionary(i => entries[i].Id, i => entries[i]);
        ByKey = entries.ToDictionary(entry => entry.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<EntityEntry> Entries { get; }
    public SearchTerm[] Terms { get; }
    public Dictionary<long, EntityEntry> ById { get; }

    /// <summary>Term indexes by first letter and length: the candidates of a fuzzy match are a few buckets.</summary>
    public Dictionary<(char First, int Length), int[]> FuzzyBuckets { get; }

    /// <summary>
    /// Every whole term (names and aliases), each followed by '\n', in one string: a substring search is then one
    /// vectorised <see cref="MemoryExtensions.IndexOf{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> pass instead of a
    /// million small ones. <see cref="WholeStarts"/> holds where each term begins, <see cref="WholeEntries"/> its entry.
    /// </summary>
    public string WholeText { get; }
    public int[] WholeStarts { get; }
    public int[] WholeEntries { get; }

    /// <summary>The entry of the whole term that contains position <paramref name="offset"/> of <see cref="WholeText"/>.</summary>
    public int WholeEntryAt(int offset)
    {
        var index = Array.BinarySearch(WholeStarts, offset);
        return WholeEntries[index >= 0 ? index : ~index - 1];
    }

    private static Dictionary<(char, int), int[]> BucketByFirstLetterAndLength(SearchTerm[] terms) =>
        Enumerable.Range(0, terms.Length)
            .GroupBy(i => (terms[i].Text[0], terms[i].Text.Length))
            .ToDictionary(group => group.Key, group => group.ToArray());

    private static (string, int[], int[]) Concatenate(SearchTerm[] terms)
    {
        var text = new System.Text.StringBuilder();
        var starts = new List<int>();
        var entries = new List<int>();
        foreach (var term in terms.Where(term => term.Whole))
        {
            starts.Add(text.Length);
            entries.Add(term.Entry);
            text.Append(term.Text).Append('\n');
        }
        return (text.ToString(), starts.ToArray(), entries.ToArray());
    }
    public Dictionary<string, EntityEntry> ByKey { get; }

    /// <summary>The index of the first term not ordinally less than <paramref name="prefix"/>.</summary>
    public int LowerBound(string prefix)
    {
        int low = 0, high = Terms.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(Terms[middle].Text, prefix) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
