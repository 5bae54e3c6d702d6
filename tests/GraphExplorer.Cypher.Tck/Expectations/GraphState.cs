using GraphExplorer.Cypher.Tck.Values;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Tck.Expectations;

/// <summary>
/// What the TCK diffs to find side effects: node ids, relationship ids, the labels in use and the property
/// entries (entity, key, value). Captured with the two simplest queries there are, so the check depends as
/// little as possible on the engine under test.
/// </summary>
public sealed record GraphState(IReadOnlySet<long> Nodes, IReadOnlySet<long> Relationships, IReadOnlySet<string> Labels,
    IReadOnlySet<string> Properties)
{
    public static GraphState Capture(IGraphDatabase database, CancellationToken cancellation)
    {
        var nodes = new HashSet<long>();
        var relationships = new HashSet<long>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var properties = new HashSet<string>(StringComparer.Ordinal);
        using (var result = database.Run("MATCH (n) RETURN n", null, AccessMode.Read, cancellation))
        {
            foreach (var row in result)
            {
                var node = row[0] as Node ?? throw new InvalidDataException("MATCH (n) RETURN n returned a non-node");
                nodes.Add(node.Id);
                labels.UnionWith(node.Labels);
                foreach (var (key, value) in node.Properties) properties.Add($"n{node.Id}.{key}={TckValueFormatter.Format(value)}");
            }
        }
        using (var result = database.Run("MATCH ()-[r]->() RETURN r", null, AccessMode.Read, cancellation))
        {
            foreach (var row in result)
            {
                var relationship = row[0] as Relationship
                    ?? throw new InvalidDataException("MATCH ()-[r]->() RETURN r returned a non-relationship");
                relationships.Add(relationship.Id);
                foreach (var (key, value) in relationship.Properties)
                    properties.Add($"r{relationship.Id}.{key}={TckValueFormatter.Format(value)}");
            }
        }
        return new GraphState(nodes, relationships, labels, properties);
    }
}
