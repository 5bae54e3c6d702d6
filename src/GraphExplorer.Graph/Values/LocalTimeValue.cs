namespace GraphExplorer.Graph.Values;

/// <summary>A LOCAL TIME: nanoseconds since midnight.</summary>
public sealed record LocalTimeValue(long Nanos)
{
    public override string ToString() => TemporalFormat.Time(Nanos);
}
