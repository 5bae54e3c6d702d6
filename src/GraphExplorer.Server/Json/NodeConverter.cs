using GraphExplorer.Graph.Values;
using Newtonsoft.Json;

namespace GraphExplorer.Server.Json;

/// <summary>A node as the API shows it: <c>{id, key, labels, properties}</c>, id being the element id.</summary>
public sealed class NodeConverter : JsonConverter<Node>
{
    public override bool CanRead => false;

    public override void WriteJson(JsonWriter writer, Node? value, JsonSerializer serializer)
    {
        if (value is null) { writer.WriteNull(); return; }
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        writer.WriteValue(value.ElementId);
        writer.WritePropertyName("key");
        writer.WriteValue(value.Properties.TryGetValue("key", out var key) ? key as string : null);
        writer.WritePropertyName("labels");
        serializer.Serialize(writer, value.Labels);
        writer.WritePropertyName("properties");
        serializer.Serialize(writer, value.Properties);
        writer.WriteEndObject();
    }

    public override Node ReadJson(JsonReader reader, Type objectType, Node? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("Nodes are written, never read.");
}
