using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Temporal;

/// <summary>Parses the ISO 8601 forms Cypher accepts for dates, times, date-times and durations.</summary>
public static partial class TemporalParser
{
    [GeneratedRegex(@"^([+-]\d{4,9}|\d{4})(?:-(\d{2})(?:-(\d{2}))?|(\d{2})(\d{2})|-?W(\d{2})(?:-?(\d))?|-?(\d{3})|(\d{2}))?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?(?:\[([^\]]+)\])?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^([+-])?P(?:([-+]?\d+(?:[.,]\d+)?)Y)?(?:([-+]?\d+(?:[.,]\d+)?)M)?(?:([-+]?\d+(?:[.,]\d+)?)W)?(?:([-+]?\d+(?:[.,]\d+)?)D)?(?:T(?:([-+]?\d+(?:[.,]\d+)?)H)?(?:([-+]?\d+(?:[.,]\d+)?)M)?(?:([-+]?\d+(?:[.,]\d+)?)S)?)?$")]
    private static partial Regex DurationPattern();

    /// <summary>ISO 8601's alternative duration form, a date-time of amounts: P2012-02-02T14:37:21.545.</summary>
    [GeneratedRegex(@"^([+-])?P(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?$")]
    private static partial Regex AlternativeDurationPattern();

    public static DateOnly ParseDate(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success) throw Invalid(text);
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        try
        {
            if (match.Groups[6].Success)
                return TemporalConstruction.WeekDate(year, Int(match.Groups[6]), match.Groups[7].Success ? Int(match.Groups[7]) : 1);
            if (match.Groups[8].Success) return new DateOnly(year, 1, 1).AddDays(Int(match.Groups[8]) - 1);
            if (match.Groups[9].Success) return new DateOnly(year, Int(match.Groups[9]), 1);
            if (match.Groups[4].Success) return new DateOnly(year, Int(match.Groups[4]), Int(match.Groups[5]));
            return new DateOnly(year, match.Groups[2].Success ? Int(match.Groups[2]) : 1, match.Groups[3].Success ? Int(match.Groups[3]) : 1);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Invalid(text);
        }
    }

    /// <summary>A time of day, its offset when one is written, and its zone name when one is written.</summary>
    public static (long Nanos, string? Offset, string? Zone) ParseTime(string text)
    {
        var match = TimePattern().Match(text);
        if (!match.Success) throw Invalid(text);
        var hour = Int(match.Groups[1]);
        var minute = match.Groups[2].Success ? Int(match.Groups[2]) : 0;
        var second = match.Groups[3].Success ? Int(match.Groups[3]) : 0;
        var fraction = match.Groups[4].Success ? long.Parse(match.Groups[4].Value.PadRight(9, '0'), CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59) throw Invalid(text);
        var nanos = ((hour * 60L + minute) * 60 + second) * TemporalFormat.NanosPerSecond + fraction;
        return (nanos, match.Groups[5].Success ? match.Groups[5].Value : null, match.Groups[6].Success ? match.Groups[6].Value : null);
    }

    public static (DateOnly Date, long Nanos, string? Offset, string? Zone) ParseDateTime(string text)
    {
        var t = text.IndexOf('T');
        if (t < 0) return (ParseDate(text), 0, null, null);
        var (nanos, offset, zone) = ParseTime(text[(t + 1)..]);
        return (ParseDate(text[..t]), nanos, offset, zone);
    }

    public static DurationValue ParseDuration(string text)
    {
        if (AlternativeDurationPattern().Match(text) is { Success: true } alternative) return ParseAlternativeDuration(alternative);
        var match = DurationPattern().Match(text);
        if (!match.Success || text.EndsWith('T')) throw Invalid(text);
        double Part(int group) => match.Groups[group].Success
            ? double.Parse(match.Groups[group].Value.Replace(',', '.'), CultureInfo.InvariantCulture)
            : 0;
        var sign = match.Groups[1].Value == "-" ? -1 : 1;
        return TemporalConstruction.Duration(sign * Part(2), 0, sign * Part(3), sign * Part(4), sign * Part(5), sign * Part(6), sign * Part(7),
            sign * Part(8), 0, 0, 0);
    }

    private static DurationValue ParseAlternativeDuration(Match match)
    {
        long Part(int group) => match.Groups[group].Success ? Int(match.Groups[group]) : 0;
        var sign = match.Groups[1].Value == "-" ? -1 : 1;
        var nanos = match.Groups[8].Success ? long.Parse(match.Groups[8].Value.PadRight(9, '0'), CultureInfo.InvariantCulture) : 0;
        return DurationValue.Of(sign * (Part(2) * 12 + Part(3)), sign * Part(4), sign * ((Part(5) * 60 + Part(6)) * 60 + Part(7)), sign * nanos);
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static GraphDatabaseException Invalid(string text) =>
        new(StatusCodes.ArgumentError, $"Text cannot be parsed to a temporal value: '{text}'", "InvalidArgumentValue");
}
