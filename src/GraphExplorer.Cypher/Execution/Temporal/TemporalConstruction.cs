using System.Globalization;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Temporal;

/// <summary>Builds temporal values from maps of components (with an optional base value), strings and other temporal values.</summary>
public static class TemporalConstruction
{
    public static DateOnly WeekDate(int weekYear, int week, int dayOfWeek) =>
        DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, (DayOfWeek)(dayOfWeek % 7)));

    public static DateOnly? DateOf(object? value) => value switch
    {
        DateValue d => d.Date,
        LocalDateTimeValue l => l.Date,
        DateTimeValue z => z.Date,
        _ => null,
    };

    public static long? TimeOf(object? value) => value switch
    {
        LocalTimeValue l => l.Nanos,
        TimeValue t => t.Nanos,
        LocalDateTimeValue l => l.Nanos,
        DateTimeValue z => z.Nanos,
        _ => null,
    };

    private static (int Offset, string? Zone)? ZoneOf(object? value) => value switch
    {
        TimeValue t => (t.OffsetSeconds, null),
        DateTimeValue z => (z.OffsetSeconds, z.Zone),
        _ => null,
    };

    public static DateOnly Date(IReadOnlyDictionary<string, object?> map)
    {
        var baseDate = DateOf(Get(map, "date") ?? Get(map, "datetime"));
        try
        {
            var year = Int(map, "year") ?? (map.ContainsKey("week") && baseDate is { } w ? ISOWeek.GetYear(w.ToDateTime(TimeOnly.MinValue)) : baseDate?.Year)
                ?? throw Invalid("year is required");
            if (Int(map, "week") is { } week)
            {
                var dayOfWeek = Int(map, "dayOfWeek") ?? (baseDate is { } b ? IsoDayOfWeek(b) : 1);
                return WeekDate((int)year, (int)week, (int)dayOfWeek);
            }
            if (Int(map, "ordinalDay") is { } ordinal) return new DateOnly((int)year, 1, 1).AddDays((int)ordinal - 1);
            if (Int(map, "quarter") is { } quarter)
            {
                var start = new DateOnly((int)year, (int)(quarter - 1) * 3 + 1, 1);
                var dayOfQuarter = Int(map, "dayOfQuarter") ?? (baseDate is { } q ? DayOfQuarter(q) : 1);
                return start.AddDays((int)dayOfQuarter - 1);
            }
            if (baseDate is { } based && !map.ContainsKey("year") && map.ContainsKey("dayOfWeek"))
                return based.AddDays((int)Int(map, "dayOfWeek")! - IsoDayOfWeek(based));
            return new DateOnly((int)year, (int)(Int(map, "month") ?? baseDate?.Month ?? 1), (int)(Int(map, "day") ?? baseDate?.Day ?? 1));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Invalid("date components out of range");
        }
    }

    public static int DayOfQuarter(DateOnly date) => date.DayNumber - new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1).DayNumber + 1;

    public static int IsoDayOfWeek(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    public static long Time(IReadOnlyDictionary<string, object?> map)
    {
        var baseTime = TimeOf(Get(map, "time") ?? Get(map, "datetime"));
        var hour = Int(map, "hour") ?? (baseTime is { } t ? t / 3_600_000_000_000 : 0);
        var minute = Int(map, "minute") ?? (baseTime is { } m ? m / 60_000_000_000 % 60 : 0);
        var second = Int(map, "second") ?? (baseTime is { } s ? s / TemporalFormat.NanosPerSecond % 60 : 0);
        long fraction;
        // Sub-second fields that are not given come from the base value, split as milli-, micro- and nanoseconds.
        var baseFraction = baseTime is { } f ? f % TemporalFormat.NanosPerSecond : 0;
        if (baseTime is null || !(map.ContainsKey("millisecond") || map.ContainsKey("microsecond") || map.ContainsKey("nanosecond")))
            fraction = baseTime is null
                ? (Int(map, "millisecond") ?? 0) * 1_000_000 + (Int(map, "microsecond") ?? 0) * 1000 + (Int(map, "nanosecond") ?? 0)
                : baseFraction;
        else
            fraction = (Int(map, "millisecond") ?? baseFraction / 1_000_000) * 1_000_000
                + (Int(map, "microsecond") ?? baseFraction / 1000 % 1000) * 1000
                + (Int(map, "nanosecond") ?? baseFraction % 1000);
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || fraction is < 0 or >= TemporalFormat.NanosPerSecond)
            throw Invalid("time components out of range");
        return ((hour * 60 + minute) * 60 + second) * TemporalFormat.NanosPerSecond + fraction;
    }

    /// <summary>
    /// A ZONED DATETIME from a map: its fields over the base values, in the base value's zone (a named zone gives the
    /// offset in force at the new date and time). A timezone names the zone of a value without one, and moves a
    /// zoned value to that zone, keeping its instant.
    /// </summary>
    public static DateTimeValue ZonedDateTime(IReadOnlyDictionary<string, object?> map)
    {
        var date = Date(map);
        var nanos = Time(map);
        if (BaseZone(map, date, nanos) is not { } based)
        {
            var (offset, zone) = Zone(map, date, nanos);
            return new DateTimeValue(date, nanos, offset, zone);
        }
        var value = new DateTimeValue(date, nanos, based.Offset, based.Zone);
        return Get(map, "timezone") is string timezone ? InZone(value, timezone) : value;
    }

    /// <summary>A ZONED TIME from a map, as <see cref="ZonedDateTime"/> does it; named zones are taken on the given date.</summary>
    public static TimeValue ZonedTime(IReadOnlyDictionary<string, object?> map, DateOnly today)
    {
        var nanos = Time(map);
        if ((ZoneOf(Get(map, "time")) ?? ZoneOf(Get(map, "datetime"))) is not { } based)
            return new TimeValue(nanos, Zone(map, today, nanos).Offset);
        var value = new TimeValue(nanos, based.Offset);
        return Get(map, "timezone") is string timezone ? MoveTime(value, timezone, today) : value;
    }

    /// <summary>The offset and zone for a map: its timezone, else the base value's, else UTC.</summary>
    public static (int Offset, string? Zone) Zone(IReadOnlyDictionary<string, object?> map, DateOnly date, long nanos) =>
        Get(map, "timezone") is string timezone ? TimeZones.Resolve(timezone, date, nanos) : BaseZone(map, date, nanos) ?? (0, null);

    private static (int Offset, string? Zone)? BaseZone(IReadOnlyDictionary<string, object?> map, DateOnly date, long nanos)
    {
        var based = ZoneOf(Get(map, "time")) ?? ZoneOf(Get(map, "datetime"));
        return based is { Zone: { } name } ? TimeZones.Resolve(name, date, nanos) : based;
    }

    /// <summary>The same instant in another zone.</summary>
    public static DateTimeValue InZone(DateTimeValue value, string timezone)
    {
        var (utcDate, utcNanos) = LocalClock.Shift(value.Date, value.Nanos, -value.OffsetSeconds);
        if (!TimeZones.TryParseOffset(timezone, out var offset)) return TimeZones.AtInstant(timezone, utcDate, utcNanos);
        var (date, nanos) = LocalClock.Shift(utcDate, utcNanos, offset);
        return new DateTimeValue(date, nanos, offset, null);
    }

    private static TimeValue MoveTime(TimeValue value, string timezone, DateOnly today)
    {
        var (offset, _) = TimeZones.Resolve(timezone, today, value.Nanos);
        var nanos = ((value.UtcNanos + offset * TemporalFormat.NanosPerSecond) % TemporalFormat.NanosPerDay + TemporalFormat.NanosPerDay) % TemporalFormat.NanosPerDay;
        return new TimeValue(nanos, offset);
    }

    public static DurationValue Duration(double years, double quarters, double months, double weeks, double days, double hours, double minutes,
        double seconds, double milliseconds, double microseconds, double nanoseconds)
    {
        var totalMonths = years * 12 + quarters * 3 + months;
        var wholeMonths = (long)Math.Truncate(totalMonths);
        var totalDays = weeks * 7 + days + (totalMonths - wholeMonths) * 30.436875;
        var wholeDays = (long)Math.Truncate(totalDays);
        var totalSeconds = (totalDays - wholeDays) * 86_400 + hours * 3600 + minutes * 60 + seconds;
        var wholeSeconds = (long)Math.Truncate(totalSeconds);
        var nanos = (long)Math.Round((totalSeconds - wholeSeconds) * 1e9) + (long)(milliseconds * 1_000_000) + (long)(microseconds * 1000) + (long)nanoseconds;
        try
        {
            return DurationValue.Of(wholeMonths, wholeDays, wholeSeconds, nanos);
        }
        catch (OverflowException)
        {
            throw Invalid("duration too large");
        }
    }

    public static DurationValue Duration(IReadOnlyDictionary<string, object?> map)
    {
        double D(string key) => Get(map, key) switch
        {
            null => 0,
            long l => l,
            double d => d,
            var v => throw CypherTypeError.InvalidArgument($"Duration component {key} must be a number, not {CypherTypeError.TypeName(v)}"),
        };
        return Duration(D("years"), D("quarters"), D("months"), D("weeks"), D("days"), D("hours"), D("minutes"), D("seconds"),
            D("milliseconds"), D("microseconds"), D("nanoseconds"));
    }

    private static object? Get(IReadOnlyDictionary<string, object?> map, string key)
    {
        foreach (var (k, v) in map) if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) return v;
        return null;
    }

    private static long? Int(IReadOnlyDictionary<string, object?> map, string key) => Get(map, key) switch
    {
        null => null,
        long l => l,
        double d => (long)d,
        var v => throw CypherTypeError.InvalidArgument($"{key} must be an integer, not {CypherTypeError.TypeName(v)}"),
    };

    private static GraphDatabaseException Invalid(string message) => new(StatusCodes.ArgumentError, message, "InvalidArgumentValue");
}
