using GraphExplorer.Graph.Values;
using Newtonsoft.Json;

namespace GraphExplorer.Server.Json;

/// <summary>A relationship as the API shows it: <c>{id, type, start, end, properties}</c>, with element ids.</summary>
public sealed class RelationshipConverter : JsonConverter<Relationship>
{
    public override bool CanRead => false;

    public override void WriteJson(JsonWriter writer, Relationship? value, JsonSerializer serializer)
    {
        if (value is null) { writer.WriteNull(); return; }
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        writer.WriteValue(value.ElementId);
        writer.WritePropertyName("type");
        writer.WriteValue(value.Type);
        writer.WritePropertyName("start");
        writer.WriteValue(value.StartElementId);
        writer.WritePropertyName("end");
        writer.WriteValue(value.EndElementId);
        writer.WritePropertyName("properties");
        serializer.Serialize(writer, value.Properties);
        writer.WriteEndObject();
    }

    public override Relationship ReadJson(JsonReader reader, Type objectType, Relationship? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("Relationships are written, never read.");
}
