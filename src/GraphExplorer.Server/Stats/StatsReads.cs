using GraphExplorer.Server.Graph;
using GraphExplorer.Server.Queries;

namespace GraphExplorer.Server.Stats;

/// <summary>Counts and names of what the graph holds.</summary>
public sealed class StatsReads(GraphQueries queries)
{
    public GraphStats Stats(CancellationToken cancellation)
    {
        var nodes = queries.Rows("node-count", cancellation: cancellation).Select(row => GraphValues.Long(row[0])).FirstOrDefault();
        var labels = Counts("label-counts", cancellation);
        var types = Counts("relationship-type-counts", cancellation);
        return new GraphStats(nodes, types.Values.Sum(), labels.GetValueOrDefault("Brief"), labels.GetValueOrDefault(GraphValues.EntityLabel),
            labels, types);
    }

    public GraphSchema Schema(CancellationToken cancellation)
    {
        var propertyKeys = Names("node-property-keys", cancellation).Union(Names("relationship-property-keys", cancellation));
        return new GraphSchema(Counts("label-counts", cancellation).Keys.Order(StringComparer.Ordinal).ToList(),
            Counts("relationship-type-counts", cancellation).Keys.Order(StringComparer.Ordinal).ToList(),
            propertyKeys.Order(StringComparer.Ordinal).ToList());
    }

    private SortedDictionary<string, long> Counts(string query, CancellationToken cancellation) =>
        new(queries.Rows(query, cancellation: cancellation)
            .Where(row => row[0] is string)
            .ToDictionary(row => (string)row[0]!, row => GraphValues.Long(row[1]), StringComparer.Ordinal), StringComparer.Ordinal);

    private IEnumerable<string> Names(string query, CancellationToken cancellation) =>
        queries.Rows(query, cancellation: cancellation).Select(row => row[0]).OfType<string>();
}
