using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Writing;

/// <summary>Everything one brief says about one (source, type, target), folded into one row of merge-relations.cypher.</summary>
internal sealed class RelationFold(string source, string target)
{
    private readonly List<string> _sentences = [];
    private readonly List<string> _outlets = [];
    private readonly List<string> _claims = [];
    private double _confidence;

    public void Add(string briefKey, ExtractedRelation relation, HashSet<int> sentenceIndexes)
    {
        foreach (var index in relation.EvidenceSentences)
            if (sentenceIndexes.Contains(index)) AddOnce(_sentences, BriefRows.SentenceKey(briefKey, index));
        foreach (var outlet in relation.OutletKeys)
            if (!string.IsNullOrWhiteSpace(outlet)) AddOnce(_outlets, outlet);
        if (!string.IsNullOrWhiteSpace(relation.Claim)) AddOnce(_claims, relation.Claim.Trim());
        if (relation.Confidence > _confidence) _confidence = Math.Clamp(relation.Confidence, 0, 1);
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal)) list.Add(value);
    }

    public Dictionary<string, object?> ToRow() => new()
    {
        ["source"] = source,
        ["target"] = target,
        ["sentences"] = _sentences.ToList<object?>(),
        ["outlets"] = _outlets.ToList<object?>(),
        ["claims"] = _claims.ToList<object?>(),
        ["confidence"] = _confidence,
    };
}
