using System.Globalization;
using System.Text;

namespace GraphExplorer.Graph.Values;

/// <summary>ISO 8601 rendering as Neo4j does it: seconds and fractions only when non-zero, fractions in groups of three digits.</summary>
public static class TemporalFormat
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long NanosPerDay = 86_400L * NanosPerSecond;

    public static string Date(DateOnly date)
    {
        var year = date.Year;
        return (year > 9999 ? "+" + year.ToString(CultureInfo.InvariantCulture) : year.ToString("0000", CultureInfo.InvariantCulture))
            + "-" + date.Month.ToString("00", CultureInfo.InvariantCulture) + "-" + date.Day.ToString("00", CultureInfo.InvariantCulture);
    }

    public static string Time(long nanos)
    {
        var text = new StringBuilder();
        var seconds = nanos / NanosPerSecond;
        var fraction = nanos % NanosPerSecond;
        text.Append((seconds / 3600).ToString("00", CultureInfo.InvariantCulture)).Append(':')
            .Append((seconds / 60 % 60).ToString("00", CultureInfo.InvariantCulture));
        if (seconds % 60 != 0 || fraction != 0) text.Append(':').Append((seconds % 60).ToString("00", CultureInfo.InvariantCulture));
        if (fraction != 0)
        {
            var digits = fraction.ToString("000000000", CultureInfo.InvariantCulture);
            var length = fraction % 1_000_000 == 0 ? 3 : fraction % 1000 == 0 ? 6 : 9;
            text.Append('.').Append(digits, 0, length);
        }
        return text.ToString();
    }

    public static string Offset(int seconds)
    {
        if (seconds == 0) return "Z";
        var sign = seconds < 0 ? '-' : '+';
        var total = Math.Abs(seconds);
        var text = $"{sign}{total / 3600:00}:{total / 60 % 60:00}";
        return total % 60 == 0 ? text : text + $":{total % 60:00}";
    }
}
