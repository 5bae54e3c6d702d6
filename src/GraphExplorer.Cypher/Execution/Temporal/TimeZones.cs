using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Temporal;

/// <summary>Time zones: fixed offsets ('Z', '+01:00', '-0830') and IANA names resolved through the system's tz database.</summary>
public static partial class TimeZones
{
    [GeneratedRegex(@"^(?:Z|([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?)$")]
    private static partial Regex OffsetPattern();

    public static bool TryParseOffset(string text, out int seconds)
    {
        seconds = 0;
        var match = OffsetPattern().Match(text);
        if (!match.Success) return false;
        if (text == "Z") return true;
        seconds = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) * 3600
            + (match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) * 60 : 0)
            + (match.Groups[4].Success ? int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) : 0);
        if (match.Groups[1].Value == "-") seconds = -seconds;
        return true;
    }

    /// <summary>The offset and zone name for a timezone given as text, at a local date and time.</summary>
    public static (int Offset, string? Zone) Resolve(string timezone, DateOnly date, long nanos)
    {
        if (TryParseOffset(timezone, out var offset)) return (offset, null);
        return ((int)Find(timezone).GetUtcOffset(Local(date, nanos)).TotalSeconds, timezone);
    }

    /// <summary>
    /// A local date and time in a named zone: in an overlap the preferred offset if it is one of the two (else the
    /// earlier, larger one); in a gap the time moves forward by the gap's length.
    /// </summary>
    public static DateTimeValue AtLocal(string timezone, DateOnly date, long nanos, int preferredOffset)
    {
        var zone = Find(timezone);
        var local = Local(date, nanos);
        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local).Select(o => (int)o.TotalSeconds).ToList();
            return new DateTimeValue(date, nanos, offsets.Contains(preferredOffset) ? preferredOffset : offsets.Max(), timezone);
        }
        var offset = (int)zone.GetUtcOffset(local).TotalSeconds;
        if (!zone.IsInvalidTime(local)) return new DateTimeValue(date, nanos, offset, timezone);
        // For a time in a gap the zone reports the offset before the gap: that instant, shown after the gap.
        var (utcDate, utcNanos) = LocalClock.Shift(date, nanos, -offset);
        return AtInstant(timezone, utcDate, utcNanos);
    }

    /// <summary>The instant given as a UTC date and time of day, seen in a named zone.</summary>
    public static DateTimeValue AtInstant(string timezone, DateOnly utcDate, long utcNanos)
    {
        var instant = DateTime.SpecifyKind(Local(utcDate, utcNanos), DateTimeKind.Utc);
        var offset = (int)Find(timezone).GetUtcOffset(instant).TotalSeconds;
        var (date, nanos) = LocalClock.Shift(utcDate, utcNanos, offset);
        return new DateTimeValue(date, nanos, offset, timezone);
    }

    private static DateTime Local(DateOnly date, long nanos) =>
        DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue).AddTicks(nanos / 100), DateTimeKind.Unspecified);

    private static TimeZoneInfo Find(string timezone)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timezone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new GraphDatabaseException(StatusCodes.ArgumentError, $"Unknown time zone '{timezone}'", "InvalidArgumentValue");
        }
    }
}
