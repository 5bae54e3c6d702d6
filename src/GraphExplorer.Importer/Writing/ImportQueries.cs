using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Writing;

/// <summary>
/// The Cypher of cypher/import/, ready to run. Labels and relationship types cannot be parameters, so the two
/// merge files are templates whose placeholder is filled from a closed list (never from input text); each
/// filled text is built once so the database sees the same query text every time.
/// </summary>
internal static class ImportQueries
{
    public static string FindBrief { get; } = CypherResources.Load("cypher/import/find-brief.cypher");
    public static string CreateBrief { get; } = CypherResources.Load("cypher/import/create-brief.cypher");

    private static readonly Dictionary<EntityType, string> EntitiesByLabel = Enum.GetValues<EntityType>()
        .ToDictionary(type => type, type => CypherResources.Load("cypher/import/merge-entities.cypher").Replace("{{label}}", type.ToString()));

    private static readonly Dictionary<string, string> RelationsByType = RelationTypes.All
        .ToDictionary(type => type, type => CypherResources.Load("cypher/import/merge-relations.cypher").Replace("{{type}}", type), StringComparer.Ordinal);

    public static string MergeEntities(EntityType type) => EntitiesByLabel[type];

    public static string MergeRelations(string type) => RelationsByType[type];
}
