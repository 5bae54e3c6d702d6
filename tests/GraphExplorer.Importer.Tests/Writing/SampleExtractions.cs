using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Tests.Writing;

/// <summary>Hand-made extractions: a brief's sentences, entities and relations, built from short descriptions.</summary>
internal static class SampleExtractions
{
    public static BriefExtraction Brief(string title, string[] sentences, ExtractedEntity[] entities, ExtractedRelation[] relations)
    {
        var parsed = new List<BriefSentence>();
        var offset = 0;
        foreach (var (text, index) in sentences.Select((text, index) => (text, index)))
        {
            parsed.Add(new BriefSentence(index, "What's happened", offset, offset + text.Length, text));
            offset += text.Length + 1;
        }
        var body = string.Join(" ", sentences);
        return new BriefExtraction(new ParsedBrief(title + ".txt", title, body, ["What's happened"], parsed, [], []),
            entities, relations);
    }

    public static ExtractedEntity Entity(string key, string name, EntityType type, params int[] sentences) =>
        new(key, name, type, [], null, sentences);

    public static ExtractedEntity Entity(string key, string name, EntityType type, string[] aliases, string? description, params int[] sentences) =>
        new(key, name, type, aliases, description, sentences);

    public static ExtractedRelation Relation(string source, string type, string target, int[] evidence,
        string[]? outlets = null, string? claim = null, double confidence = 0.8) =>
        new(source, type, target, claim, evidence, outlets ?? [], confidence);
}
