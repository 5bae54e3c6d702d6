using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Writing;

/// <summary>Everything one brief says about one entity key, folded into one row of merge-entities.cypher.</summary>
internal sealed class EntityFold(string key, string name, EntityType type)
{
    private readonly List<string> _names = [name];
    private readonly SortedSet<int> _sentences = [];
    private string? _description;

    public EntityType Type { get; } = type;

    public void Add(ExtractedEntity entity, HashSet<int> sentenceIndexes)
    {
        AddName(entity.Name);
        foreach (var alias in entity.Aliases) AddName(alias);
        foreach (var index in entity.SentenceIndexes)
            if (sentenceIndexes.Contains(index)) _sentences.Add(index);
        if (_description is null && !string.IsNullOrWhiteSpace(entity.Description)) _description = entity.Description;
    }

    private void AddName(string candidate)
    {
        var trimmed = candidate.Trim();
        if (trimmed.Length > 0 && !_names.Contains(trimmed, StringComparer.Ordinal)) _names.Add(trimmed);
    }

    public Dictionary<string, object?> ToRow() => new()
    {
        ["key"] = key,
        ["name"] = name,
        ["names"] = _names.ToList<object?>(),
        ["description"] = _description,
        ["count"] = (long)Math.Max(1, _sentences.Count),
        ["sentences"] = _sentences.Select(index => (object?)(long)index).ToList(),
    };
}
