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
        ById = Enumerable.Range(0, entries.Count).ToDictionary(i => entries[i].Id, i => entries[i]);
        ByKey = entries.ToDictionary(entry => entry.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<EntityEntry> Entries { get; }
    public SearchTerm[] Terms { get; }
    public Dictionary<long, EntityEntry> ById { get; }
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
