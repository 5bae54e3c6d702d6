using System.Text;
using System.Text.Json;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cli;

/// <summary>One query result as one line of JSON: columns, rows (arrays in column order) and stats.</summary>
public static class ResultJson
{
    public static string Format(IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows, QueryStats stats)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("columns");
            foreach (var column in columns) json.WriteStringValue(column);
            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var value in row) WriteValue(json, value);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartObject("stats");
            json.WriteNumber("nodesCreated", stats.NodesCreated);
            json.WriteNumber("nodesDeleted", stats.NodesDeleted);
            json.WriteNumber("relationshipsCreated", stats.RelationshipsCreated);
            json.WriteNumber("relationshipsDeleted", stats.RelationshipsDeleted);
            json.WriteNumber("propertiesSet", stats.PropertiesSet);
            json.WriteNumber("labelsAdded", stats.LabelsAdded);
            json.WriteNumber("labelsRemoved", stats.LabelsRemoved);
            json.WriteNumber("indexesAdded", stats.IndexesAdded);
            json.WriteNumber("indexesRemoved", stats.IndexesRemoved);
            json.WriteNumber("constraintsAdded", stats.ConstraintsAdded);
            json.WriteNumber("constraintsRemoved", stats.ConstraintsRemoved);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case long l: json.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case double d: json.WriteStringValue(d.ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
            case string s: json.WriteStringValue(s); break;
            case Node node:
                json.WriteStartObject();
                json.WriteNumber("id", node.Id);
                json.WriteString("elementId", node.ElementId);
                json.WriteStartArray("labels");
                foreach (var label in node.Labels) json.WriteStringValue(label);
                json.WriteEndArray();
                json.WritePropertyName("properties");
                WriteValue(json, node.Properties);
                json.WriteEndObject();
                break;
            case Relationship relationship:
                json.WriteStartObject();
                json.WriteNumber("id", relationship.Id);
                json.WriteString("elementId", relationship.ElementId);
                json.WriteString("type", relationship.Type);
                json.WriteNumber("startId", relationship.StartId);
                json.WriteNumber("endId", relationship.EndId);
                json.WritePropertyName("properties");
                WriteValue(json, relationship.Properties);
                json.WriteEndObject();
                break;
            case GraphPath path:
                json.WriteStartObject();
                json.WritePropertyName("nodes");
                WriteValue(json, path.Nodes.Cast<object?>().ToList());
                json.WritePropertyName("relationships");
                WriteValue(json, path.Relationships.Cast<object?>().ToList());
                json.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    WriteValue(json, item);
                }
                json.WriteEndObject();
                break;
            case IReadOnlyList<object?> list:
                json.WriteStartArray();
                foreach (var item in list) WriteValue(json, item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(value.ToString()); break;
        }
    }
}
