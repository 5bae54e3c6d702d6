namespace GraphExplorer.Graph;

/// <summary>What a query does, known once it is compiled (Neo4j's "r", "rw", "w", "s").</summary>
public enum QueryKind
{
    ReadOnly,
    ReadWrite,
    WriteOnly,
    Schema,
}
