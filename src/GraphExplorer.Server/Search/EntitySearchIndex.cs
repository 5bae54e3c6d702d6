namespace GraphExplorer.Server.Search;

/// <summary>
/// In-memory search over entity names and aliases: case- and accent-insensitive, ranked exact &gt; prefix
/// (of the name or of one of its words) &gt; fuzzy (edit distance) &gt; substring, then by degree. Readers use
/// an immutable snapshot; refreshes after imports swap in a new one.
/// </summary>
public sealed class EntitySearchIndex
{
    private readonly Lock _writeLock = new();
    private volatile SearchSnapshot _snapshot = SearchSnapshot.Empty;

    public int Count => _snapshot.Entries.Count;

    public EntityEntry? ById(long id) => _snapshot.ById.GetValueOrDefault(id);

    public EntityEntry? ByKey(string key) => _snapshot.ByKey.GetValueOrDefault(key);

    public void Replace(IEnumerable<EntityEntry> entries)
    {
        var snapshot = new SearchSnapshot(entries.ToList());
        lock (_writeLock) _snapshot = snapshot;
    }

    public void Upsert(IReadOnlyCollection<EntityEntry> entries)
    {
        if (entries.Count == 0) return;
        lock (_writeLock)
        {
            var byKey = _snapshot.Entries.ToDictionary(entry => entry.Key, StringComparer.Ordinal);
            foreach (var entry in entries) byKey[entry.Key] = entry;
            _snapshot = new SearchSnapshot(byKey.Values.ToList());
        }
    }

    public IReadOnlyList<EntityEntry> Search(string query, string? type, int limit)
    {
        var snapshot = _snapshot;
        var folded = SearchText.Fold(query);
        if (folded.Length == 0 || limit <= 0) return [];
        var best = new Dictionary<int, MatchTier>();
        CollectPrefixMatches(snapshot, folded, best);
        CollectFuzzyMatches(snapshot, folded, best);
        if (best.Count < limit && folded.Length >= 3) CollectSubstringMatches(snapshot, folded, best);
        return best
            .Select(match => (Entry: snapshot.Entries[match.Key], Tier: match.Value))
            .Where(match => type is null || string.Equals(match.Entry.Type, type, StringComparison.OrdinalIgnoreCase))
            .OrderBy(match => match.Tier)
            .ThenByDescending(match => match.Entry.Degree)
            .ThenBy(match => match.Entry.Name.Length)
            .ThenBy(match => match.Entry.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(match => match.Entry)
            .ToList();
    }

    private static void CollectPrefixMatches(SearchSnapshot snapshot, string folded, Dictionary<int, MatchTier> best)
    {
        for (var i = snapshot.LowerBound(folded); i < snapshot.Terms.Length; i++)
        {
            var term = snapshot.Terms[i];
            if (!term.Text.StartsWith(folded, StringComparison.Ordinal)) break;
            var tier = term.Whole && term.Text.Length == folded.Length ? MatchTier.Exact : MatchTier.Prefix;
            Keep(best, term.Entry, tier);
        }
    }

    private static void CollectFuzzyMatches(SearchSnapshot snapshot, string folded, Dictionary<int, MatchTier> best)
    {
        var maxDistance = folded.Length switch { < 4 => 0, < 8 => 1, _ => 2 };
        if (maxDistance == 0) return;
        // Typos in the first letter are rare; keeping it fixed, and the length within the distance, leaves a few
        // buckets of candidates instead of every term.
        for (var length = folded.Length - maxDistance; length <= folded.Length + maxDistance; length++)
        {
            if (!snapshot.FuzzyBuckets.TryGetValue((folded[0], length), out var bucket)) continue;
            // Many entities share a word (a first name, say) and equal terms sit side by side in a bucket: measure
            // each distinct text once.
            string? previous = null;
            var matches = false;
            foreach (var i in bucket)
            {
                var term = snapshot.Terms[i];
                if (!ReferenceEquals(term.Text, previous) && term.Text != previous)
                {
                    previous = term.Text;
                    matches = EditDistance.Bounded(folded, term.Text, maxDistance) <= maxDistance;
                }
                if (matches) Keep(best, term.Entry, MatchTier.Fuzzy);
            }
        }
    }

    private static void CollectSubstringMatches(SearchSnapshot snapshot, string folded, Dictionary<int, MatchTier> best)
    {
        var text = snapshot.WholeText.AsSpan();
        for (var offset = 0; offset < text.Length;)
        {
            var found = text[offset..].IndexOf(folded, StringComparison.Ordinal);
            if (found < 0) break;
            Keep(best, snapshot.WholeEntryAt(offset + found), MatchTier.Substring);
            offset += found + 1;
        }
    }

    private static void Keep(Dictionary<int, MatchTier> best, int entry, MatchTier tier)
    {
        if (!best.TryGetValue(entry, out var known) || tier < known) best[entry] = tier;
    }
}
