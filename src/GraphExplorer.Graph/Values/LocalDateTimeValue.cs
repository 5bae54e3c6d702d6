namespace GraphExplorer.Graph.Values;

/// <summary>A LOCAL DATETIME.</summary>
public sealed record LocalDateTimeValue(DateOnly Date, long Nanos)
{
    public override string ToString() => TemporalFormat.Date(Date) + "T" + TemporalFormat.Time(Nanos);
}
