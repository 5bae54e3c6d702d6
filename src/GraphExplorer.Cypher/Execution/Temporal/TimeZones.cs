using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Graph;

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
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timezone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new GraphDatabaseException(StatusCodes.ArgumentError, $"Unknown time zone '{timezone}'", "InvalidArgumentValue");
        }
        var local = date.ToDateTime(TimeOnly.MinValue).AddTicks(nanos / 100);
        return ((int)zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)).TotalSeconds, timezone);
    }
}
