namespace GraphExplorer.Graph.Values;

/// <summary>A ZONED TIME: nanoseconds since midnight and an offset from UTC in seconds.</summary>
public sealed record TimeValue(long Nanos, int OffsetSeconds)
{
    public override string ToString() => TemporalFormat.Time(Nanos) + TemporalFormat.Offset(OffsetSeconds);

    /// <summary>The instant of the day in UTC nanoseconds, for comparison.</summary>
    public long UtcNanos => Nanos - OffsetSeconds * TemporalFormat.NanosPerSecond;
}
