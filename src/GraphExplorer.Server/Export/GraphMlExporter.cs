using System.Xml;
using GraphExplorer.Graph.Values;
using GraphExplorer.Server.Json;
using Newtonsoft.Json;

namespace GraphExplorer.Server.Export;

/// <summary>
/// GraphML for Gephi, yEd and NetworkX: node and edge ids are element ids, labels and the relationship type are
/// attributes, properties are string attributes (lists and maps as JSON).
/// </summary>
public sealed class GraphMlExporter : IGraphExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public string Format => "graphml";
    public string ContentType => "application/graphml+xml; charset=utf-8";
    public string FileExtension => "graphml";

    public async Task WriteAsync(Stream output, GraphSnapshotSource graph, CancellationToken cancellation)
    {
        var nodeKeys = graph.NodePropertyKeys(cancellation);
        var edgeKeys = graph.RelationshipPropertyKeys(cancellation);
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            Async = true, Indent = true, CloseOutput = false, Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await WriteKeyAsync(xml, "labels", "node", "labels");
        foreach (var key in nodeKeys) await WriteKeyAsync(xml, "n_" + key, "node", key);
        await WriteKeyAsync(xml, "type", "edge", "type");
        foreach (var key in edgeKeys) await WriteKeyAsync(xml, "e_" + key, "edge", key);
        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        foreach (var node in graph.Nodes(cancellation))
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, node.ElementId);
            await WriteDataAsync(xml, "labels", ":" + string.Join(":", node.Labels));
            foreach (var (key, value) in node.Properties) await WriteDataAsync(xml, "n_" + key, Text(value));
            await xml.WriteEndElementAsync();
        }
        foreach (var relationship in graph.Relationships(cancellation))
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, relationship.ElementId);
            await xml.WriteAttributeStringAsync(null, "source", null, relationship.StartElementId);
            await xml.WriteAttributeStringAsync(null, "target", null, relationship.EndElementId);
            await WriteDataAsync(xml, "type", relationship.Type);
            foreach (var (key, value) in relationship.Properties) await WriteDataAsync(xml, "e_" + key, Text(value));
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task WriteKeyAsync(XmlWriter xml, string id, string domain, string name)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, id);
        await xml.WriteAttributeStringAsync(null, "for", null, domain);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, "string");
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteDataAsync(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(XmlSafe(value));
        await xml.WriteEndElementAsync();
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => JsonConvert.SerializeObject(value, GraphJson.Settings),
    };

    /// <summary>XML 1.0 cannot carry most control characters, even escaped; a brief's text may contain them.</summary>
    private static string XmlSafe(string value)
    {
        var safe = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i])) { safe.Append(value, i, 2); i++; }
            else safe.Append(XmlConvert.IsXmlChar(value[i]) ? value[i] : '\uFFFD');
        }
        return safe.ToString();
    }
}
