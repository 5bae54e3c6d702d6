using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Writing;

/// <summary>
/// One brief's extraction as the parameter rows of the import queries: sentences with their keys, entities
/// grouped by label and relations grouped by type. Entities named twice and relations stated twice in the
/// brief are folded into one row each; relations whose endpoints are not entities of the brief, or whose type
/// is not one of the eleven, are left out.
/// </summary>
internal sealed class BriefRows
{
    private BriefRows(List<Dictionary<string, object?>> sentences,
        Dictionary<EntityType, List<Dictionary<string, object?>>> entities,
        Dictionary<string, List<Dictionary<string, object?>>> relations)
    {
        Sentences = sentences;
        Entities = entities;
        Relations = relations;
    }

    public IReadOnlyList<Dictionary<string, object?>> Sentences { get; }
    public IReadOnlyDictionary<EntityType, List<Dictionary<string, object?>>> Entities { get; }
    public IReadOnlyDictionary<string, List<Dictionary<string, object?>>> Relations { get; }

    public static string SentenceKey(string briefKey, int index) => $"{briefKey}:s{index}";

    public static BriefRows Build(string briefKey, BriefExtraction extraction)
    {
        var sentenceIndexes = new HashSet<int>();
        var sentences = new List<Dictionary<string, object?>>();
        foreach (var sentence in extraction.Brief.Sentences)
        {
            if (!sentenceIndexes.Add(sentence.Index)) continue;
            sentences.Add(new Dictionary<string, object?>
            {
                ["key"] = SentenceKey(briefKey, sentence.Index),
                ["text"] = sentence.Text,
                ["section"] = sentence.Section,
                ["index"] = (long)sentence.Index,
                ["start"] = (long)sentence.Start,
                ["end"] = (long)sentence.End,
            });
        }

        var entities = FoldEntities(extraction.Entities, sentenceIndexes);
        var relations = FoldRelations(briefKey, extraction.Relations, entities, sentenceIndexes);
        var entityRows = entities.Values
            .GroupBy(entity => entity.Type)
            .ToDictionary(group => group.Key, group => group.Select(entity => entity.ToRow()).ToList());
        return new BriefRows(sentences, entityRows, relations);
    }

    private static Dictionary<string, EntityFold> FoldEntities(IEnumerable<ExtractedEntity> extracted, HashSet<int> sentenceIndexes)
    {
        var entities = new Dictionary<string, EntityFold>(StringComparer.Ordinal);
        foreach (var entity in extracted)
        {
            if (string.IsNullOrWhiteSpace(entity.Key) || string.IsNullOrWhiteSpace(entity.Name)) continue;
            if (!entities.TryGetValue(entity.Key, out var fold))
                entities[entity.Key] = fold = new EntityFold(entity.Key, entity.Name, entity.Type);
            fold.Add(entity, sentenceIndexes);
        }
        return entities;
    }

    private static Dictionary<string, List<Dictionary<string, object?>>> FoldRelations(string briefKey,
        IEnumerable<ExtractedRelation> extracted, Dictionary<string, EntityFold> entities, HashSet<int> sentenceIndexes)
    {
        var folds = new Dictionary<(string Type, string Source, string Target), RelationFold>();
        foreach (var relation in extracted)
        {
            if (!RelationTypes.IsKnown(relation.Type)) continue;
            if (!entities.ContainsKey(relation.SourceKey) || !entities.ContainsKey(relation.TargetKey)) continue;
            var (source, target) = RelationTypes.IsSymmetric(relation.Type)
                                   && string.CompareOrdinal(relation.SourceKey, relation.TargetKey) > 0
                ? (relation.TargetKey, relation.SourceKey)
                : (relation.SourceKey, relation.TargetKey);
            var id = (relation.Type, source, target);
            if (!folds.TryGetValue(id, out var fold)) folds[id] = fold = new RelationFold(source, target);
            fold.Add(briefKey, relation, sentenceIndexes);
        }
        return folds
            .GroupBy(pair => pair.Key.Type, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Value.ToRow()).ToList(), StringComparer.Ordinal);
    }
}
