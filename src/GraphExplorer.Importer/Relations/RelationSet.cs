using GraphExplorer.Importer.Linking;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Relations;

/// <summary>
/// Collects the relations of a brief: one per (source, type, target), symmetric types in one direction; a relation
/// stated again adds its sentence, outlets and claim ("; "-joined) and keeps the highest confidence. Relations the
/// type table of GOLD-FORMAT.md does not allow are refused.
/// </summary>
public sealed class RelationSet(IReadOnlyDictionary<string, EntityType> types)
{
    private readonly Dictionary<(string, string, string), Entry> entries = [];
    private readonly List<(string, string, string)> order = [];

    public bool Add(string source, string type, string target, int sentence, double confidence, string? claim = null, IReadOnlyCollection<string>? outlets = null)
    {
        if (source == target || !types.TryGetValue(source, out var sourceType) || !types.TryGetValue(target, out var targetType)
            || !RelationTypes.Allows(type, sourceType, targetType))
        {
            return false;
        }

        if (RelationTypes.IsSymmetric(type) && string.CompareOrdinal(source, target) > 0)
        {
            (source, target) = (target, source);
        }

        var key = (source, type, target);
        if (!entries.TryGetValue(key, out var entry))
        {
            entry = new Entry();
            entries.Add(key, entry);
            order.Add(key);
        }

        if (sentence >= 0)
        {
            entry.Sentences.Add(sentence);
        }

        entry.Confidence = Math.Max(entry.Confidence, confidence);
        if (!string.IsNullOrWhiteSpace(claim) && !entry.Claims.Contains(claim, StringComparer.OrdinalIgnoreCase))
        {
            entry.Claims.Add(claim);
        }

        if (outlets is not null)
        {
            foreach (var outlet in outlets)
            {
                if (outlet != source && outlet != target)
                {
                    entry.Outlets.Add(outlet);
                }
            }
        }

        return true;
    }

    public bool Contains(string source, string type, string target) =>
        entries.ContainsKey((source, type, target)) || (RelationTypes.IsSymmetric(type) && entries.ContainsKey((target, type, source)));

    public List<ExtractedRelation> Build() => order.Select(key =>
    {
        var entry = entries[key];
        var claim = entry.Claims.Count > 0 ? string.Join("; ", entry.Claims) : null;
        return new ExtractedRelation(key.Item1, key.Item2, key.Item3, claim, SentenceIndexes.SortDistinct(entry.Sentences), [.. entry.Outlets.Order(StringComparer.Ordinal)], entry.Confidence);
    }).ToList();

    private sealed class Entry
    {
        public List<int> Sentences { get; } = [];

        public List<string> Claims { get; } = [];

        public HashSet<string> Outlets { get; } = new(StringComparer.Ordinal);

        public double Confidence { get; set; }
    }
}
