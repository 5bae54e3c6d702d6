using GraphExplorer.Graph.Values;
using GraphExplorer.Server.Graph;
using GraphExplorer.Server.Queries;

namespace GraphExplorer.Server.Relationships;

/// <summary>Reads a relationship's evidence: the sentences, briefs and outlets its properties point to.</summary>
public sealed class RelationshipReads(GraphQueries queries)
{
    public RelationshipEvidence? Evidence(string id, CancellationToken cancellation)
    {
        if (!ElementIds.TryParseRelationship(id, out _)) return null;
        var found = queries.Rows("relationship", GraphQueries.With("id", id), cancellation).FirstOrDefault();
        if (found is not [Relationship relationship, Node source, Node target]) return null;

        var parameters = new Dictionary<string, object?>
        {
            ["sentences"] = GraphValues.Strings(relationship.Properties, "sentences").ToList(),
            ["outlets"] = GraphValues.Strings(relationship.Properties, "outlets").ToList(),
        };
        var evidence = queries.Rows("relationship-evidence", parameters, cancellation)
            .Where(row => row[0] is Node && row[1] is Node)
            .Select(row => ToItem((Node)row[0]!, (Node)row[1]!, row[2]))
            .ToList();
        return new RelationshipEvidence(relationship, source, target, evidence);
    }

    private static EvidenceItem ToItem(Node brief, Node sentence, object? outlets)
    {
        var briefView = new EvidenceBrief(GraphValues.String(brief.Properties, "key"), GraphValues.String(brief.Properties, "title"),
            GraphValues.String(brief.Properties, "file"));
        var outletViews = (outlets as IEnumerable<object?> ?? []).OfType<Node>()
            .Select(outlet => new OutletView(GraphValues.String(outlet.Properties, "key"), GraphValues.String(outlet.Properties, "name")))
            .ToList();
        return new EvidenceItem(briefView, SentenceView.From(sentence), outletViews);
    }
}
