namespace GraphExplorer.Graph;

/// <summary>A place in query text: zero-based offset, one-based line and column.</summary>
public readonly record struct SourcePosition(int Offset, int Line, int Column)
{
    public override string ToString() => $"line {Line}, column {Column} (offset: {Offset})";
}
