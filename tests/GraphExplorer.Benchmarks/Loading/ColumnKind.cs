namespace GraphExplorer.Benchmarks.Loading;

/// <summary>How a CSV column is typed in the graph (GRAPH-SPEC.md, "Output files").</summary>
public enum ColumnKind
{
    String,
    Integer,
    Date,
}
