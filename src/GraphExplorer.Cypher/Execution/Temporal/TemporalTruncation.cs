using System.Globalization;
using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Temporal;

/// <summary>date.truncate(unit, value [, overrides]) and its siblings for the other temporal types.</summary>
public static class TemporalTruncation
{
    public static void Register(Registrar add)
    {
        foreach (var type in new[] { "date", "localtime", "time", "localdatetime", "datetime" })
        {
            var name = type + ".truncate";
            add(name, 2, 3, (a, c) => a[1] is null ? null : Truncate(type, a[0] as string ?? throw GraphFunctions.Invalid(name, a[0]), a[1]!,
                a.Length > 2 ? a[2] as IReadOnlyDictionary<string, object?> : null));
        }
    }

    private static object Truncate(string type, string unit, object value, IReadOnlyDictionary<string, object?>? overrides)
    {
        var date = TemporalConstruction.DateOf(value);
        var nanos = TemporalConstruction.TimeOf(value) ?? 0;
        var lower = unit.ToLowerInvariant();
        var dateUnit = lower is "millennium" or "century" or "decade" or "year" or "weekyear" or "quarter" or "month" or "week" or "day";
        if (date is { } d) date = TruncateDate(d, lower, dateUnit);
        nanos = dateUnit ? 0 : TruncateTime(nanos, lower);
        var map = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (date is { } truncatedDate) map["date"] = new DateValue(truncatedDate);
        map["time"] = value switch
        {
            TimeValue t => new TimeValue(nanos, t.OffsetSeconds),
            DateTimeValue z => new TimeValue(nanos, z.OffsetSeconds),
            _ => new LocalTimeValue(nanos),
        };
        if (overrides is not null) foreach (var (key, item) in overrides) map[key] = item;
        if (!map.ContainsKey("timezone") && value is DateTimeValue { Zone: { } zone }) map["timezone"] = zone;
        var dateOnly = map.ContainsKey("date") ? TemporalConstruction.Date(map) : default;
        var time = TemporalConstruction.Time(map);
        return type switch
        {
            "date" => new DateValue(dateOnly),
            "localtime" => new LocalTimeValue(time),
            "time" => new TimeValue(time, TemporalConstruction.Zone(map, DateOnly.FromDateTime(DateTime.UtcNow), time).Offset),
            "localdatetime" => new LocalDateTimeValue(dateOnly, time),
            _ => Zoned(map, dateOnly, time),
        };
    }

    private static DateTimeValue Zoned(Dictionary<string, object?> map, DateOnly date, long time)
    {
        var (offset, zone) = TemporalConstruction.Zone(map, date, time);
        return new DateTimeValue(date, time, offset, zone);
    }

    private static DateOnly TruncateDate(DateOnly date, string unit, bool dateUnit)
    {
        if (!dateUnit) return date;
        return unit switch
        {
            "millennium" => new DateOnly(date.Year / 1000 * 1000, 1, 1),
            "century" => new DateOnly(date.Year / 100 * 100, 1, 1),
            "decade" => new DateOnly(date.Year / 10 * 10, 1, 1),
            "year" => new DateOnly(date.Year, 1, 1),
            "weekyear" => TemporalConstruction.WeekDate(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), 1, 1),
            "quarter" => new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1),
            "month" => new DateOnly(date.Year, date.Month, 1),
            "week" => date.AddDays(1 - TemporalConstruction.IsoDayOfWeek(date)),
            _ => date,
        };
    }

    private static long TruncateTime(long nanos, string unit) => unit switch
    {
        "hour" => nanos - nanos % 3_600_000_000_000,
        "minute" => nanos - nanos % 60_000_000_000,
        "second" => nanos - nanos % TemporalFormat.NanosPerSecond,
        "millisecond" => nanos - nanos % 1_000_000,
        "microsecond" => nanos - nanos % 1000,
        _ => throw new GraphDatabaseException(StatusCodes.ArgumentError, $"Unknown truncation unit '{unit}'", "InvalidArgumentValue"),
    };
}
