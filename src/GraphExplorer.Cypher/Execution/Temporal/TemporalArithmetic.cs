using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Temporal;

/// <summary>
/// The arithmetic operators on temporal values, as Neo4j defines them: a temporal value plus or minus a duration,
/// durations plus or minus durations, and durations times or divided by numbers.
/// </summary>
public static class TemporalArithmetic
{
    /// <summary>The average month Neo4j uses to spread fractions of months into days: 365.2425 / 12 days.</summary>
    private const double DaysPerMonth = 30.436875;

    private const long SecondsPerDay = 86_400;

    public static bool TryAdd(object a, object b, out object? result)
    {
        result = (a, b) switch
        {
            (DurationValue x, DurationValue y) => Combine(x, y, 1),
            (DurationValue d, _) when IsInstant(b) => Plus(b, d, 1),
            (_, DurationValue d) when IsInstant(a) => Plus(a, d, 1),
            _ => null,
        };
        return result is not null;
    }

    public static bool TrySubtract(object a, object b, out object? result)
    {
        result = (a, b) switch
        {
            (DurationValue x, DurationValue y) => Combine(x, y, -1),
            (_, DurationValue d) when IsInstant(a) => Plus(a, d, -1),
            _ => null,
        };
        return result is not null;
    }

    public static bool TryMultiply(object a, object b, out object? result)
    {
        var (duration, factor) = a is DurationValue ? (a, b) : (b, a);
        result = (duration, factor) switch
        {
            (DurationValue d, long n) => Scale(d, n),
            (DurationValue d, double f) => Approximate(d.Months * f, d.Days * f, d.Seconds * f, d.Nanos * f),
            _ => null,
        };
        return result is not null;
    }

    public static bool TryDivide(object a, object b, out object? result)
    {
        double? divisor = b switch { long n => n, double f => f, _ => null };
        if (a is not DurationValue d || divisor is not { } by)
        {
            result = null;
            return false;
        }
        if (by == 0) throw new GraphDatabaseException(StatusCodes.ArithmeticError, "/ by zero", "DivisionByZero");
        result = Approximate(d.Months / by, d.Days / by, d.Seconds / by, d.Nanos / by);
        return true;
    }

    private static bool IsInstant(object value) => value is DateValue or LocalTimeValue or TimeValue or LocalDateTimeValue or DateTimeValue;

    private static DurationValue Combine(DurationValue x, DurationValue y, int sign) => Checked(() => DurationValue.Of(
        checked(x.Months + sign * y.Months), checked(x.Days + sign * y.Days), checked(x.Seconds + sign * y.Seconds), x.Nanos + sign * y.Nanos));

    private static DurationValue Scale(DurationValue d, long n) => Checked(() => DurationValue.Of(
        checked(d.Months * n), checked(d.Days * n), checked(d.Seconds * n), checked(d.Nanos * n)));

    /// <summary>
    /// A duration from fractional components: fractions of months become days (of the average month), fractions of
    /// days become seconds and fractions of seconds nanoseconds.
    /// </summary>
    private static DurationValue Approximate(double months, double days, double seconds, double nanos)
    {
        var wholeMonths = Whole(months);
        var allDays = days + (months - wholeMonths) * DaysPerMonth;
        var wholeDays = Whole(allDays);
        var allSeconds = seconds + (allDays - wholeDays) * SecondsPerDay;
        var wholeSeconds = Whole(allSeconds);
        var allNanos = nanos + Math.Round((allSeconds - wholeSeconds) * TemporalFormat.NanosPerSecond);
        return Checked(() => DurationValue.Of(wholeMonths, wholeDays, wholeSeconds, Whole(allNanos)));
    }

    private static long Whole(double value)
    {
        var truncated = Math.Truncate(value);
        if (double.IsNaN(truncated) || truncated >= 9.2e18 || truncated <= -9.2e18)
            throw CypherTypeError.InvalidValue("The duration is too large to be represented");
        return (long)truncated;
    }

    /// <summary>The value moved by a duration, months first, then days, then the time of day (which may carry into days).</summary>
    private static object Plus(object value, DurationValue duration, int sign)
    {
        var months = Negated(duration.Months, sign);
        var days = Negated(duration.Days, sign);
        var seconds = Negated(duration.Seconds, sign);
        var nanos = sign * duration.Nanos;
        try
        {
            return Moved(value, months, days, seconds, nanos);
        }
        catch (OverflowException)
        {
            throw LocalClock.OutOfRange();
        }
    }

    private static object Moved(object value, long months, long days, long seconds, long nanos) => value switch
    {
        // A date has no time of day: only whole days of the seconds count.
        DateValue d => new DateValue(LocalClock.AddDays(LocalClock.AddMonths(d.Date, months), checked(days + seconds / SecondsPerDay))),
        LocalTimeValue t => new LocalTimeValue(LocalClock.TimeOfDay(t.Nanos, seconds, nanos).Nanos),
        TimeValue t => new TimeValue(LocalClock.TimeOfDay(t.Nanos, seconds, nanos).Nanos, t.OffsetSeconds),
        LocalDateTimeValue l => PlusLocalDateTime(l, months, days, seconds, nanos),
        DateTimeValue z => PlusZoned(z, months, days, seconds, nanos),
        _ => throw new ArgumentException("not a temporal instant", nameof(value)),
    };

    private static LocalDateTimeValue PlusLocalDateTime(LocalDateTimeValue value, long months, long days, long seconds, long nanos)
    {
        var (date, time) = PlusLocal(value.Date, value.Nanos, months, days, seconds, nanos);
        return new LocalDateTimeValue(date, time);
    }

    private static (DateOnly Date, long Nanos) PlusLocal(DateOnly date, long time, long months, long days, long seconds, long nanos)
    {
        var (carry, nanosOfDay) = LocalClock.TimeOfDay(time, seconds, nanos);
        return (LocalClock.AddDays(LocalClock.AddMonths(date, months), checked(days + carry)), nanosOfDay);
    }

    /// <summary>
    /// Months and days move the local date and keep the local time (the offset then follows the zone's rules); seconds
    /// and nanoseconds move the instant, so a day with a clock change can be 23 or 25 hours long.
    /// </summary>
    private static DateTimeValue PlusZoned(DateTimeValue value, long months, long days, long seconds, long nanos)
    {
        if (value.Zone is null)
        {
            var (date, time) = PlusLocal(value.Date, value.Nanos, months, days, seconds, nanos);
            return new DateTimeValue(date, time, value.OffsetSeconds, null);
        }
        var shifted = value;
        if (months != 0 || days != 0)
        {
            var localDate = LocalClock.AddDays(LocalClock.AddMonths(value.Date, months), days);
            shifted = TimeZones.AtLocal(value.Zone, localDate, value.Nanos, value.OffsetSeconds);
        }
        if (seconds == 0 && nanos == 0) return shifted;
        var (utcDate, utcNanos) = PlusLocal(shifted.Date, shifted.Nanos, 0, 0, checked(seconds - shifted.OffsetSeconds), nanos);
        return TimeZones.AtInstant(value.Zone, utcDate, utcNanos);
    }

    private static long Negated(long component, int sign) => sign > 0 ? component : component == long.MinValue ? throw LocalClock.OutOfRange() : -component;

    private static DurationValue Checked(Func<DurationValue> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            throw CypherTypeError.InvalidValue("The duration is too large to be represented");
        }
    }

}
