using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Temporal;

/// <summary>duration.between, duration.inMonths, duration.inDays and duration.inSeconds between two temporal values.</summary>
public static class TemporalDurations
{
    private readonly record struct Point(DateOnly? Date, long Nanos, int? Offset, string? Zone = null);

    public static void Register(Registrar add)
    {
        add("duration.between", 2, 2, (a, c) => Apply(a, "duration.between", Between));
        add("duration.inMonths", 2, 2, (a, c) => Apply(a, "duration.inMonths", (x, y) => new DurationValue(Months(x, y), 0, 0, 0)));
        add("duration.inDays", 2, 2, (a, c) => Apply(a, "duration.inDays", (x, y) =>
            x.Date is null || y.Date is null ? new DurationValue(0, 0, 0, 0) : new DurationValue(0, Nanos(x, y) / TemporalFormat.NanosPerDay, 0, 0)));
        add("duration.inSeconds", 2, 2, (a, c) => Apply(a, "duration.inSeconds", (x, y) => DurationValue.Of(0, 0, 0, Nanos(x, y))));
    }

    private static object? Apply(object?[] arguments, string name, Func<Point, Point, DurationValue> compute)
    {
        if (arguments[0] is null || arguments[1] is null) return null;
        var first = PointOf(arguments[0]!, name);
        var second = PointOf(arguments[1]!, name);
        // A value without a date is taken on the other's date; without an offset, in the other's zone.
        if (first.Date is null && second.Date is not null) first = first with { Date = second.Date };
        if (second.Date is null && first.Date is not null) second = second with { Date = first.Date };
        if (first.Offset is null) first = InZoneOf(first, second);
        if (second.Offset is null) second = InZoneOf(second, first);
        return compute(first, second);
    }

    private static Point InZoneOf(Point local, Point zoned) => local with
    {
        Offset = zoned.Zone is { } zone && local.Date is { } date ? TimeZones.Resolve(zone, date, local.Nanos).Offset : zoned.Offset ?? 0,
    };

    private static Point PointOf(object value, string name) => value switch
    {
        DateValue d => new Point(d.Date, 0, null),
        LocalTimeValue t => new Point(null, t.Nanos, null),
        TimeValue t => new Point(null, t.Nanos, t.OffsetSeconds),
        LocalDateTimeValue l => new Point(l.Date, l.Nanos, null),
        DateTimeValue z => new Point(z.Date, z.Nanos, z.OffsetSeconds, z.Zone),
        _ => throw GraphFunctions.Invalid(name, value),
    };

    private static long Nanos(Point first, Point second)
    {
        var days = (second.Date?.DayNumber ?? 0) - (long)(first.Date?.DayNumber ?? 0);
        return days * TemporalFormat.NanosPerDay + (second.Nanos - first.Nanos) - ((long)second.Offset!.Value - first.Offset!.Value) * TemporalFormat.NanosPerSecond;
    }

    private static long Months(Point first, Point second)
    {
        if (first.Date is not { } a || second.Date is not { } b) return 0;
        long months = (b.Year - a.Year) * 12L + (b.Month - a.Month);
        var toRest = (b.Day * TemporalFormat.NanosPerDay) + second.Nanos - second.Offset!.Value * TemporalFormat.NanosPerSecond;
        var fromRest = (a.Day * TemporalFormat.NanosPerDay) + first.Nanos - first.Offset!.Value * TemporalFormat.NanosPerSecond;
        if (months > 0 && toRest < fromRest) months--;
        else if (months < 0 && toRest > fromRest) months++;
        return months;
    }

    private static DurationValue Between(Point first, Point second)
    {
        var months = Months(first, second);
        var shifted = first.Date is { } date ? first with { Date = date.AddMonths((int)months) } : first;
        var nanos = Nanos(shifted, second);
        var days = first.Date is null ? 0 : nanos / TemporalFormat.NanosPerDay;
        return DurationValue.Of(months, days, 0, nanos - days * TemporalFormat.NanosPerDay);
    }
}
