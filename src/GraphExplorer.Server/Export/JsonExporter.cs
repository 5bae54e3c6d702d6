using GraphExplorer.Server.Json;
using Newtonsoft.Json;

namespace GraphExplorer.Server.Export;

/// <summary><c>{"nodes": [node...], "relationships": [rel...]}</c> in the API's own JSON shapes.</summary>
public sealed class JsonExporter : IGraphExporter
{
    public string Format => "json";
    public string ContentType => "application/json; charset=utf-8";
    public string FileExtension => "json";

    public async Task WriteAsync(Stream output, GraphSnapshotSource graph, CancellationToken cancellation)
    {
        await using var writer = new StreamWriter(output, leaveOpen: true);
        await writer.WriteAsync("{\"nodes\":[");
        await WriteItemsAsync(writer, graph.Nodes(cancellation));
        await writer.WriteAsync("],\"relationships\":[");
        await WriteItemsAsync(writer, graph.Relationships(cancellation));
        await writer.WriteAsync("]}\n");
    }

    private static async Task WriteItemsAsync<T>(StreamWriter writer, IEnumerable<T> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first) await writer.WriteAsync(',');
            await writer.WriteAsync(JsonConvert.SerializeObject(item, GraphJson.Settings));
            first = false;
        }
    }
}
