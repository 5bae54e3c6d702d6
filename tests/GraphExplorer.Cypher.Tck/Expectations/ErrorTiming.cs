namespace GraphExplorer.Cypher.Tck.Expectations;

/// <summary>When the TCK expects an error: "at compile time", "at runtime" or "at any time".</summary>
public enum ErrorTiming
{
    CompileTime,
    Runtime,
    AnyTime,
}
