using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Temporal;

/// <summary>date(), localtime(), time(), localdatetime(), datetime() and duration(): from nothing (now), a string, a map or another temporal value.</summary>
public static class TemporalFunctions
{
    public static void Register(Registrar add)
    {
        // Without arguments the constructors and their .statement and .transaction variants give the statement's
        // time (a statement runs in one transaction here); .realtime reads the clock on each call.
        foreach (var clock in new[] { "", ".statement", ".transaction", ".realtime" })
        {
            Func<QueryContext, DateTime> now = clock == ".realtime" ? _ => DateTime.UtcNow : c => c.StatementTime;
            add("date" + clock, 0, 1, (a, c) => a.Length == 0 ? Date(Now(now(c))) : clock == "" ? Date(a[0]) : Date(ZoneNow(a[0], now(c))));
            add("localtime" + clock, 0, 1, (a, c) => a.Length == 0 ? LocalTime(Now(now(c))) : clock == "" ? LocalTime(a[0]) : LocalTime(ZoneNow(a[0], now(c))));
            add("time" + clock, 0, 1, (a, c) => a.Length == 0 ? Time(Now(now(c))) : clock == "" ? Time(a[0]) : Time(ZoneNow(a[0], now(c))));
            add("localdatetime" + clock, 0, 1, (a, c) => a.Length == 0 ? LocalZonelessDateTime(Now(now(c)))
                : clock == "" ? LocalZonelessDateTime(a[0]) : LocalZonelessDateTime(ZoneNow(a[0], now(c))));
            add("datetime" + clock, 0, 1, (a, c) => a.Length == 0 ? ZonedDateTime(Now(now(c)))
                : clock == "" ? ZonedDateTime(a[0]) : ZonedDateTime(ZoneNow(a[0], now(c))));
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

    private static DateTimeValue Now(DateTime utc) => new(DateOnly.FromDateTime(utc), utc.TimeOfDay.Ticks * 100, 0, null);

    /// <summary>The moment in the given timezone.</summary>
    private static object? ZoneNow(object? timezone, DateTime utc) => timezone switch
    {
        null => null,
        string zone => TemporalConstruction.InZone(Now(utc), zone),
        _ => throw GraphFunctions.Invalid("timezone", timezone),
    };

    private static DateOnly Today() => DateOnly.FromDateTime(System.DateTime.UtcNow);

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
                return TemporalConstruction.ZonedTime(map, Today());
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
                return TemporalConstruction.ZonedDateTime(map);
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
