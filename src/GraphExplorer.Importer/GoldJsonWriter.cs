using GraphExplorer.Importer.Model;
using Newtonsoft.Json;

namespace GraphExplorer.Importer;

/// <summary>
/// Writes extractions in the shape of the gold annotations (GOLD-FORMAT.md): a JSON array with, per brief, its file
/// name, entities (name, type, aliases) and relations (source and target by name, type, claim, evidence).
/// </summary>
public static class GoldJsonWriter
{
    public static void Write(TextWriter output, IEnumerable<BriefExtraction> extractions)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        json.WriteStartArray();
        foreach (var extraction in extractions)
        {
            WriteBrief(json, extraction);
        }

        json.WriteEndArray();
        json.Flush();
    }

    private static void WriteBrief(JsonTextWriter json, BriefExtraction extraction)
    {
        var names = extraction.Entities.ToDictionary(e => e.Key, e => e.Name);
        json.WriteStartObject();
        json.WritePropertyName("brief");
        json.WriteValue(Path.GetFileName(extraction.Brief.File));
        json.WritePropertyName("entities");
        json.WriteStartArray();
        foreach (var entity in extraction.Entities)
        {
            json.WriteStartObject();
            json.WritePropertyName("name");
            json.WriteValue(entity.Name);
            json.WritePropertyName("type");
            json.WriteValue(entity.Type.ToString());
            json.WritePropertyName("aliases");
            json.WriteStartArray();
            foreach (var alias in entity.Aliases)
            {
                json.WriteValue(alias);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("relations");
        json.WriteStartArray();
        foreach (var relation in extraction.Relations)
        {
            if (!names.TryGetValue(relation.SourceKey, out var source) || !names.TryGetValue(relation.TargetKey, out var target))
            {
                continue;
            }

            json.WriteStartObject();
            json.WritePropertyName("source");
            json.WriteValue(source);
            json.WritePropertyName("type");
            json.WriteValue(relation.Type);
            json.WritePropertyName("target");
            json.WriteValue(target);
            if (relation.Claim is not null)
            {
                json.WritePropertyName("claim");
                json.WriteValue(relation.Claim);
            }

            json.WritePropertyName("evidence");
            json.WriteStartArray();
            foreach (var index in relation.EvidenceSentences)
            {
                if (index >= 0 && index < extraction.Brief.Sentences.Count)
                {
                    json.WriteValue(extraction.Brief.Sentences[index].Text);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
