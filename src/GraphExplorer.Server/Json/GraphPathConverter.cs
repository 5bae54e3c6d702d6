using GraphExplorer.Graph.Values;
using Newtonsoft.Json;

namespace GraphExplorer.Server.Json;

/// <summary>A path as the API shows it: <c>{nodes, relationships}</c> in path order.</summary>
public sealed class GraphPathConverter : JsonConverter<GraphPath>
{
    public override bool CanRead => false;

    public override void WriteJson(JsonWriter writer, GraphPath? value, JsonSerializer serializer)
    {
        if (value is null) { writer.WriteNull(); return; }
        writer.WriteStartObject();
        writer.WritePropertyName("nodes");
        serializer.Serialize(writer, value.Nodes);
        writer.WritePropertyName("relationships");
        serializer.Serialize(writer, value.Relationships);
        writer.WriteEndObject();
    }

    public override GraphPath ReadJson(JsonReader reader, Type objectType, GraphPath? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("Paths are written, never read.");
}
