namespace GraphExplorer.Graph.Values;

/// <summary>A ZONED DATETIME: local date and time, the offset in force, and the named zone when there is one.</summary>
public sealed record DateTimeValue(DateOnly Date, long Nanos, int OffsetSeconds, string? Zone)
{
    public override string ToString() =>
        TemporalFormat.Date(Date) + "T" + TemporalFormat.Time(Nanos) + TemporalFormat.Offset(OffsetSeconds) + (Zone is null ? "" : "[" + Zone + "]");

    /// <summary>Seconds since 1970-01-01T00:00Z (the nanoseconds of the second are in <see cref="Nanos"/>).</summary>
    public long EpochSeconds => (Date.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber) * 86_400L
        + Nanos / TemporalFormat.NanosPerSecond - OffsetSeconds;
}
