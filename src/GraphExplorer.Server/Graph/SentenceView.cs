using GraphExplorer.Graph.Values;

namespace GraphExplorer.Server.Graph;

/// <summary>A sentence of a brief, with its character offsets in the brief.</summary>
public sealed record SentenceView(string? Key, string? Text, string? Section, long Index, long Start, long End)
{
    public static SentenceView From(Node sentence)
    {
        var p = sentence.Properties;
        return new SentenceView(GraphValues.String(p, "key"), GraphValues.String(p, "text"), GraphValues.String(p, "section"),
            GraphValues.Long(GraphValues.Value(p, "index")), GraphValues.Long(GraphValues.Value(p, "start")),
            GraphValues.Long(GraphValues.Value(p, "end")));
    }
}
