using System.Globalization;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Temporal;

/// <summary>The components of temporal values: d.year, t.hour, dt.timezone, dur.days, ...</summary>
public static class TemporalAccessors
{
    public static bool IsTemporal(object? value) =>
        value is DateValue or LocalTimeValue or TimeValue or LocalDateTimeValue or DateTimeValue or DurationValue;

    public static object? Get(object value, string key)
    {
        if (value is DurationValue duration) return Duration(duration, key);
        var date = TemporalConstruction.DateOf(value);
        var nanos = TemporalConstruction.TimeOf(value);
        if (date is { } d && DateComponent(d, key) is { } dateComponent) return dateComponent;
        if (nanos is { } n && TimeComponent(n, key) is { } timeComponent) return timeComponent;
        return (value, key.ToLowerInvariant()) switch
        {
            (TimeValue t, "offset") => OffsetText(t.OffsetSeconds),
            (TimeValue t, "offsetminutes") => (long)(t.OffsetSeconds / 60),
            (TimeValue t, "offsetseconds") => (long)t.OffsetSeconds,
            (TimeValue t, "timezone") => OffsetText(t.OffsetSeconds),
            (DateTimeValue z, "offset") => OffsetText(z.OffsetSeconds),
            (DateTimeValue z, "offsetminutes") => (long)(z.OffsetSeconds / 60),
            (DateTimeValue z, "offsetseconds") => (long)z.OffsetSeconds,
            (DateTimeValue z, "timezone") => z.Zone ?? (OffsetText(z.OffsetSeconds)),
            (DateTimeValue z, "epochseconds") => z.EpochSeconds,
            (DateTimeValue z, "epochmillis") => z.EpochSeconds * 1000 + z.Nanos % TemporalFormat.NanosPerSecond / 1_000_000,
            _ => null,
        };
    }

    private static string OffsetText(int seconds) => seconds == 0 ? "+00:00" : TemporalFormat.Offset(seconds);

    private static object? DateComponent(DateOnly date, string key) => key.ToLowerInvariant() switch
    {
        "year" => (long)date.Year,
        "quarter" => (long)((date.Month - 1) / 3 + 1),
        "month" => (long)date.Month,
        "week" => (long)ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)),
        "weekyear" => (long)ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)),
        "day" => (long)date.Day,
        "ordinalday" => (long)date.DayOfYear,
        "weekday" or "dayofweek" => (long)TemporalConstruction.IsoDayOfWeek(date),
        "dayofquarter" => (long)TemporalConstruction.DayOfQuarter(date),
        _ => null,
    };

    private static object? TimeComponent(long nanos, string key) => key.ToLowerInvariant() switch
    {
        "hour" => nanos / 3_600_000_000_000,
        "minute" => nanos / 60_000_000_000 % 60,
        "second" => nanos / TemporalFormat.NanosPerSecond % 60,
        "millisecond" => nanos % TemporalFormat.NanosPerSecond / 1_000_000,
        "microsecond" => nanos % TemporalFormat.NanosPerSecond / 1000,
        "nanosecond" => nanos % TemporalFormat.NanosPerSecond,
        _ => null,
    };

    private static object? Duration(DurationValue d, string key) => key.ToLowerInvariant() switch
    {
        "years" => d.Months / 12,
        "quarters" => d.Months / 3,
        "months" => d.Months,
        "weeks" => d.Days / 7,
        "days" => d.Days,
        "hours" => d.Seconds / 3600,
        "minutes" => d.Seconds / 60,
        "seconds" => d.Seconds,
        "milliseconds" => d.Seconds * 1000 + d.Nanos / 1_000_000,
        "microseconds" => d.Seconds * 1_000_000 + d.Nanos / 1000,
        "nanoseconds" => d.Seconds * TemporalFormat.NanosPerSecond + d.Nanos,
        "quartersofyear" => d.Months / 3 % 4,
        "monthsofquarter" => d.Months % 3,
        "monthsofyear" => d.Months % 12,
        "daysofweek" => d.Days % 7,
        "minutesofhour" => d.Seconds / 60 % 60,
        "secondsofminute" => d.Seconds % 60,
        "millisecondsofsecond" => d.Nanos / 1_000_000,
        "microsecondsofsecond" => d.Nanos / 1000,
        "nanosecondsofsecond" => d.Nanos,
        _ => null,
    };
}
