using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Temporal;

/// <summary>
/// Moves a date and time of day by seconds and nanoseconds, carrying whole days, without ever forming nanoseconds
/// since an epoch (which would overflow a long for dates after the year 2262).
/// </summary>
public static class LocalClock
{
    private const long SecondsPerDay = 86_400;

    public static (DateOnly Date, long Nanos) Shift(DateOnly date, long timeNanos, long seconds, long nanos = 0)
    {
        var (days, time) = TimeOfDay(timeNanos, seconds, nanos);
        return (AddDays(date, days), time);
    }

    /// <summary>A time of day moved by seconds and nanoseconds: the whole days carried and the new time of day.</summary>
    public static (long Days, long Nanos) TimeOfDay(long timeNanos, long seconds, long nanos)
    {
        var days = seconds / SecondsPerDay;
        var total = timeNanos + seconds % SecondsPerDay * TemporalFormat.NanosPerSecond + nanos;
        var carry = Math.DivRem(total, TemporalFormat.NanosPerDay, out var rest);
        if (rest < 0) { rest += TemporalFormat.NanosPerDay; carry--; }
        return (days + carry, rest);
    }

    public static DateOnly AddDays(DateOnly date, long days)
    {
        var target = date.DayNumber + days;
        if (target < DateOnly.MinValue.DayNumber || target > DateOnly.MaxValue.DayNumber) throw OutOfRange();
        return DateOnly.FromDayNumber((int)target);
    }

    public static DateOnly AddMonths(DateOnly date, long months)
    {
        var target = date.Year * 12L + date.Month - 1 + months;
        if (target < 12 || target >= 10_000 * 12L) throw OutOfRange();
        return date.AddMonths((int)months);
    }

    public static Graph.GraphDatabaseException OutOfRange() => CypherTypeError.InvalidValue("The result is outside the supported range of dates");
}
