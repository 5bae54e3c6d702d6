namespace GraphExplorer.Graph.Values;

/// <summary>A DATE.</summary>
public sealed record DateValue(DateOnly Date)
{
    public override string ToString() => TemporalFormat.Date(Date);
}
