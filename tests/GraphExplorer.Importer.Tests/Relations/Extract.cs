using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Tests.Relations;

/// <summary>Extracts a text and names each relation "Source TYPE Target" for readable assertions.</summary>
internal static class Extract
{
    private static readonly BriefExtractor Extractor = new();

    public static (BriefExtraction Extraction, List<string> Relations) From(string text)
    {
        var extraction = Extractor.Extract("test.txt", text);
        var names = extraction.Entities.ToDictionary(e => e.Key, e => e.Name);
        return (extraction, extraction.Relations.Select(r => $"{names[r.SourceKey]} {r.Type} {names[r.TargetKey]}").ToList());
    }

    public static ExtractedRelation Relation(BriefExtraction extraction, string source, string type, string target)
    {
        var keys = extraction.Entities.ToDictionary(e => e.Name, e => e.Key);
        return extraction.Relations.Single(r => r.SourceKey == keys[source] && r.Type == type && r.TargetKey == keys[target]);
    }
}
