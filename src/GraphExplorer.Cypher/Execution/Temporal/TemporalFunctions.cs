using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Temporal;

/// <summary>date(), localtime(), time(), localdatetime(), datetime() and duration(): from nothing (now), a string, a map or another temporal value.</summary>
public static class TemporalFunctions
{
    public static void Register(Registrar add)
    {
        add("date", 0, 1, (a, c) => a.Length == 0 ? new DateValue(DateOnly.FromDateTime(DateTime.UtcNow)) : Date(a[0]));
        add("localtime", 0, 1, (a, c) => a.Length == 0 ? new LocalTimeValue(NowNanos()) : LocalTime(a[0]));
        add("time", 0, 1, (a, c) => a.Length == 0 ? new TimeValue(NowNanos(), 0) : Time(a[0]));
        add("localdatetime", 0, 1, (a, c) => a.Length == 0 ? new LocalDateTimeValue(Today(), NowNanos()) : LocalZonelessDateTime(a[0]));
        add("datetime", 0, 1, (a, c) => a.Length == 0 ? new DateTimeValue(Today(), NowNanos(), 0, null) : ZonedDateTime(a[0]));
        // The clock variants all read the current time: one statement sees one clock reading per call.
        foreach (var type in new[] { "date", "localtime", "time", "localdatetime", "datetime" })
        {
            foreach (var clock in new[] { ".realtime", ".statement", ".transaction" })
                add(type + clock, 0, 1, (a, c) => type switch
                {
                    "date" => a.Length == 0 ? new DateValue(Today()) : Date(ZoneNow(a[0])),
                    "localtime" => a.Length == 0 ? new LocalTimeValue(NowNanos()) : LocalTime(ZoneNow(a[0])),
                    "time" => a.Length == 0 ? new TimeValue(NowNanos(), 0) : Time(ZoneNow(a[0])),
                    "localdatetime" => a.Length == 0 ? new LocalDateTimeValue(Today(), NowNanos()) : LocalZonelessDateTime(ZoneNow(a[0])),
                    _ => a.Length == 0 ? new DateTimeValue(Today(), NowNanos(), 0, null) : ZonedDateTime(ZoneNow(a[0])),
                });
        }
        add("datetime.fromepoch", 2, 2, (a, c) => a[0] is null || a[1] is null ? null
            : FromEpoch(new Dictionary<string, object?> { ["epochSeconds"] = a[0], ["nanosecond"] = a[1] }));
        add("datetime.fromepochmillis", 1, 1, (a, c) => a[0] is null ? null
            : FromEpoch(new Dictionary<string, object?> { ["epochMillis"] = a[0] }));
        add("duration", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            string s => TemporalParser.ParseDuration(s),
            IReadOnlyDictionary<string, object?> map => TemporalConstruction.Duration(map),
            var v => throw GraphFunctions.Invalid("duration", v),
        });
    }

    /// <summary>The current moment in the given timezone, as a map the constructors understand.</summary>
    private static object? ZoneNow(object? timezone)
    {
        if (timezone is not string zone) throw GraphFunctions.Invalid("timezone", timezone);
        var now = new DateTimeValue(Today(), NowNanos(), 0, null);
        return TemporalConstruction.InTimeZone(new Dictionary<string, object?> { ["datetime"] = now, ["timezone"] = zone });
    }

    private static DateOnly Today() => DateOnly.FromDateTime(System.DateTime.UtcNow);

    private static long NowNanos() => System.DateTime.UtcNow.TimeOfDay.Ticks * 100;

    private static object? Date(object? value) => value switch
    {
        null => null,
        string s => new DateValue(TemporalParser.ParseDateTime(s).Date),
        IReadOnlyDictionary<string, object?> map => new DateValue(TemporalConstruction.Date(map)),
        _ when TemporalConstruction.DateOf(value) is { } date => new DateValue(date),
        _ => throw GraphFunctions.Invalid("date", value),
    };

    private static object? LocalTime(object? value) => value switch
    {
        null => null,
        string s => new LocalTimeValue(TemporalParser.ParseTime(s).Nanos),
        IReadOnlyDictionary<string, object?> map => new LocalTimeValue(TemporalConstruction.Time(map)),
        _ when TemporalConstruction.TimeOf(value) is { } nanos => new LocalTimeValue(nanos),
        _ => throw GraphFunctions.Invalid("localtime", value),
    };

    private static object? Time(object? value)
    {
        switch (value)
        {
            case null: return null;
            case string s:
            {
                var (nanos, offset, zone) = TemporalParser.ParseTime(s);
                var resolved = offset is not null ? TimeZones.Resolve(offset, Today(), nanos)
                    : zone is not null ? TimeZones.Resolve(zone, Today(), nanos) : (0, null);
                return new TimeValue(nanos, resolved.Item1);
            }
            case IReadOnlyDictionary<string, object?> map:
            {
                map = TemporalConstruction.InTimeZone(map);
                var nanos = TemporalConstruction.Time(map);
                return new TimeValue(nanos, TemporalConstruction.Zone(map, Today(), nanos).Offset);
            }
            case TimeValue: return value;
            case DateTimeValue z: return new TimeValue(z.Nanos, z.OffsetSeconds);
            default:
                return TemporalConstruction.TimeOf(value) is { } time ? new TimeValue(time, 0) : throw GraphFunctions.Invalid("time", value);
        }
    }

    private static object? LocalZonelessDateTime(object? value)
    {
        switch (value)
        {
            case null: return null;
            case string s:
            {
                var parsed = TemporalParser.ParseDateTime(s);
                return new LocalDateTimeValue(parsed.Date, parsed.Nanos);
            }
            case IReadOnlyDictionary<string, object?> map:
                return new LocalDateTimeValue(TemporalConstruction.Date(map), TemporalConstruction.Time(map));
            default:
                return TemporalConstruction.DateOf(value) is { } date
                    ? new LocalDateTimeValue(date, TemporalConstruction.TimeOf(value) ?? 0)
                    : throw GraphFunctions.Invalid("localdatetime", value);
        }
    }

    private static object? ZonedDateTime(object? value)
    {
        switch (value)
        {
            case null: return null;
            case string s:
            {
                var (date, nanos, offset, zone) = TemporalParser.ParseDateTime(s);
                if (zone is not null)
                {
                    var (resolved, name) = TimeZones.Resolve(zone, date, nanos);
                    return new DateTimeValue(date, nanos, resolved, name);
                }
                return new DateTimeValue(date, nanos, offset is null ? 0 : TimeZones.Resolve(offset, date, nanos).Offset, null);
            }
            case IReadOnlyDictionary<string, object?> map when map.Keys.Any(k => k.StartsWith("epoch", StringComparison.OrdinalIgnoreCase)):
                return FromEpoch(map);
            case IReadOnlyDictionary<string, object?> map:
            {
                map = TemporalConstruction.InTimeZone(map);
                var date = TemporalConstruction.Date(map);
                var nanos = TemporalConstruction.Time(map);
                var (offset, zone) = TemporalConstruction.Zone(map, date, nanos);
                return new DateTimeValue(date, nanos, offset, zone);
            }
            case DateTimeValue: return value;
            default:
                return TemporalConstruction.DateOf(value) is { } d
                    ? new DateTimeValue(d, TemporalConstruction.TimeOf(value) ?? 0, 0, null)
                    : throw GraphFunctions.Invalid("datetime", value);
        }
    }

    private static DateTimeValue FromEpoch(IReadOnlyDictionary<string, object?> map)
    {
        long Get(string key) => map.TryGetValue(key, out var v) && v is long l ? l : 0;
        var nanos = Get("epochSeconds") * TemporalFormat.NanosPerSecond + Get("epochMillis") * 1_000_000 + Get("nanosecond");
        var days = Math.DivRem(nanos, TemporalFormat.NanosPerDay, out var rest);
        if (rest < 0) { rest += TemporalFormat.NanosPerDay; days--; }
        var date = DateOnly.FromDateTime(System.DateTime.UnixEpoch).AddDays((int)days);
        return new DateTimeValue(date, rest, 0, null);
    }
}
