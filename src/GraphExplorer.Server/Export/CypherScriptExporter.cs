using GraphExplorer.Graph.Values;

namespace GraphExplorer.Server.Export;

/// <summary>
/// A Cypher script that rebuilds the graph in an empty database (embedded or Neo4j), one statement a line: nodes
/// carry a temporary <c>_exportId</c> so the relationships can find their ends, removed at the end.
/// </summary>
public sealed class CypherScriptExporter : IGraphExporter
{
    private const string ExportId = "_exportId";

    public string Format => "cypher";
    public string ContentType => "application/x-cypher-query; charset=utf-8";
    public string FileExtension => "cypher";

    public async Task WriteAsync(Stream output, GraphSnapshotSource graph, CancellationToken cancellation)
    {
        await using var writer = new StreamWriter(output, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync("// GraphExplorer export: run in an empty database.");
        foreach (var node in graph.Nodes(cancellation))
        {
            var labels = string.Concat(node.Labels.Select(label => ":" + CypherLiteral.Name(label)));
            var properties = node.Properties.Append(new KeyValuePair<string, object?>(ExportId, node.Id));
            await writer.WriteLineAsync($"CREATE ({labels} {CypherLiteral.Map(properties)});");
        }
        foreach (var relationship in graph.Relationships(cancellation))
        {
            await writer.WriteLineAsync(
                $"MATCH (a {{{ExportId}: {relationship.StartId}}}), (b {{{ExportId}: {relationship.EndId}}}) " +
                $"CREATE (a)-[:{CypherLiteral.Name(relationship.Type)} {CypherLiteral.Map(relationship.Properties)}]->(b);");
        }
        await writer.WriteLineAsync($"MATCH (n) WHERE n.{ExportId} IS NOT NULL REMOVE n.{ExportId};");
    }
}
