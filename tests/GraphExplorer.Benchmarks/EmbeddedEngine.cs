using GraphExplorer.Graph;

namespace GraphExplorer.Benchmarks;

/// <summary>Opens the embedded database under test: an in-memory one, like Kuzu's ':memory:' database in run-bench.</summary>
public static class EmbeddedEngine
{
    public static IGraphDatabase Create()
    {
        var type = Type.GetType("GraphExplorer.Cypher.EmbeddedDatabase, GraphExplorer.Cypher")
            ?? throw new InvalidOperationException("GraphExplorer.Cypher.EmbeddedDatabase is not built yet.");
        var inMemory = type.GetMethod("InMemory", Type.EmptyTypes)
            ?? throw new InvalidOperationException("EmbeddedDatabase.InMemory() is missing.");
        return (IGraphDatabase)inMemory.Invoke(null, null)!;
    }
}
