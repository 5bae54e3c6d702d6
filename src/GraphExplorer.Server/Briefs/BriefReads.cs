using GraphExplorer.Graph.Values;
using GraphExplorer.Server.Graph;
using GraphExplorer.Server.Queries;

namespace GraphExplorer.Server.Briefs;

/// <summary>What the brief endpoints read.</summary>
public sealed class BriefReads(GraphQueries queries)
{
    public IReadOnlyList<BriefSummary> List(CancellationToken cancellation) =>
        queries.Rows("briefs", cancellation: cancellation)
            .Where(row => row[0] is Node)
            .Select(row => ToSummary((Node)row[0]!, GraphValues.Long(row[1]), GraphValues.Long(row[2])))
            .ToList();

    public BriefDetail? Detail(string key, CancellationToken cancellation)
    {
        var parameters = GraphQueries.With("key", key);
        if (queries.Rows("brief", parameters, cancellation).Select(row => row[0]).OfType<Node>().FirstOrDefault() is not { } brief)
            return null;
        var sentences = queries.Rows("brief-sentences", parameters, cancellation)
            .Select(row => row[0]).OfType<Node>().Select(SentenceView.From).ToList();
        var entities = queries.Rows("brief-entities", parameters, cancellation)
            .Where(row => row[0] is Node)
            .Select(row => ToEntity((Node)row[0]!, row[1]))
            .ToList();
        var relationships = queries.Rows("brief-relationships", parameters, cancellation)
            .Select(row => row[0]).OfType<Relationship>().ToList();
        var p = brief.Properties;
        return new BriefDetail(key, GraphValues.String(p, "title"), GraphValues.String(p, "file"), GraphValues.Value(p, "importedAt"),
            GraphValues.Value(p, "publishedAt"), sentences, entities, relationships);
    }

    private static BriefSummary ToSummary(Node brief, long sentenceCount, long entityCount)
    {
        var p = brief.Properties;
        return new BriefSummary(GraphValues.String(p, "key"), GraphValues.String(p, "title"), GraphValues.String(p, "file"),
            GraphValues.Value(p, "importedAt"), GraphValues.Value(p, "publishedAt"), sentenceCount, entityCount);
    }

    private static BriefEntity ToEntity(Node entity, object? sentences) =>
        new(GraphValues.String(entity.Properties, "key"), GraphValues.String(entity.Properties, "name"), GraphValues.EntityType(entity),
            GraphValues.Strings(entity.Properties, "aliases"), GraphValues.Longs(sentences));
}
