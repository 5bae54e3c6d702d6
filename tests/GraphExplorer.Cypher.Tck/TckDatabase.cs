using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tck;

/// <summary>The database every scenario starts from: a fresh, empty, in-memory embedded database.</summary>
public static class TckDatabase
{
    public static IGraphDatabase CreateEmpty() => EmbeddedDatabase.InMemory();
}
