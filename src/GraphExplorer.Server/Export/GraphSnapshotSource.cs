using GraphExplorer.Graph.Values;
using GraphExplorer.Server.Queries;

namespace GraphExplorer.Server.Export;

/// <summary>Where exporters read the graph from: every node, every relationship, and the property keys in use.</summary>
public sealed class GraphSnapshotSource(GraphQueries queries)
{
    public IEnumerable<Node> Nodes(CancellationToken cancellation) =>
        queries.Stream("export-nodes", cancellation: cancellation).Select(row => row[0]).OfType<Node>();

    public IEnumerable<Relationship> Relationships(CancellationToken cancellation) =>
        queries.Stream("export-relationships", cancellation: cancellation).Select(row => row[0]).OfType<Relationship>();

    public IReadOnlyList<string> NodePropertyKeys(CancellationToken cancellation) => Keys("node-property-keys", cancellation);

    public IReadOnlyList<string> RelationshipPropertyKeys(CancellationToken cancellation) => Keys("relationship-property-keys", cancellation);

    private List<string> Keys(string query, CancellationToken cancellation) =>
        queries.Rows(query, cancellation: cancellation).Select(row => row[0]).OfType<string>().Order(StringComparer.Ordinal).ToList();
}
