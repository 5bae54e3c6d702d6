using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphExplorer.Importer.Parsing;

/// <summary>
/// A line that says when a brief was published and nothing else: a date alone ("15 July 2025", "July 15, 2025",
/// "2025-07-15", "Tuesday, 15 July 2025") or after a label ("Published 15 July 2025", "Updated: 2025-07-15",
/// "Date: 15/07/2025"), optionally with a time. <see cref="Date"/> is midnight UTC of that day unless the line gives
/// a time with its zone (UTC, GMT, Z or an offset); it is null when the line is plainly a date but its day and
/// month cannot be told apart (03/04/2025). <see cref="IsUpdate"/> marks "Updated"/"Last updated" lines.
/// </summary>
public readonly partial record struct Dateline(DateTimeOffset? Date, bool IsUpdate)
{
    private const int MaxLength = 80;

    private const string Weekday = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)";
    private const string Month = "(?<month>january|february|march|april|may|june|july|august|september|october|november|december"
        + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private const string Ordinal = "(?:st|nd|rd|th)?";

    [GeneratedRegex(
        @"^(?:(?<label>(?:first\s+)?published|(?:last\s+)?updated|posted|dated?)(?:\s+on)?\s*[:\-\u2013\u2014]?\s*)?"
        + @"(?:(?<year>[0-9]{4})-(?<monthNumber>[0-9]{2})-(?<day>[0-9]{2})"
        + @"|(?:" + Weekday + @"\.?,?\s+)?(?<day>[0-9]{1,2})" + Ordinal + @"\s+(?:of\s+)?" + Month + @"\.?,?\s+(?<year>[0-9]{4})"
        + @"|(?:" + Weekday + @"\.?,?\s+)?" + Month + @"\.?\s+(?<day>[0-9]{1,2})" + Ordinal + @",?\s+(?<year>[0-9]{4})"
        + @"|(?<first>[0-9]{1,2})[/.](?<second>[0-9]{1,2})[/.](?<year>[0-9]{4}))"
        + @"(?:(?:\s*,\s*|\s+at\s+|\s*[-\u2013\u2014|\u00b7]\s*|\s+|T)(?<hour>[0-9]{1,2})[:.](?<minute>[0-9]{2})(?::(?<seconds>[0-9]{2})(?:\.[0-9]+)?)?"
        + @"\s*(?<meridiem>[ap]\.?m\.?)?\s*(?<zone>Z|UTC|GMT|[+-][0-9]{2}:?[0-9]{2}|[a-z]{2,5})?)?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Line();

    /// <summary>Reads <paramref name="line"/> as a dateline; false when it is anything more or less than one.</summary>
    public static bool TryRead(ReadOnlySpan<char> line, out Dateline dateline)
    {
        dateline = default;
        line = line.Trim();
        if (line.Length == 0 || line.Length > MaxLength || !char.IsAsciiLetterOrDigit(line[0])) return false;

        var match = Line().Match(line.ToString());
        if (!match.Success) return false;

        var year = Number(match, "year");
        int month, day;
        if (match.Groups["first"].Success)
        {
            var first = Number(match, "first");
            var second = Number(match, "second");
            if (first > 12 && second > 12) return false;
            if (first <= 12 && second <= 12 && first != second)
            {
                if (first == 0 || second == 0) return false;
                dateline = new Dateline(null, IsUpdateLabel(match));
                return true;
            }
            (day, month) = first > 12 || first == second ? (first, second) : (second, first);
        }
        else
        {
            day = Number(match, "day");
            month = match.Groups["monthNumber"].Success ? Number(match, "monthNumber") : MonthOf(match.Groups["month"].Value);
        }

        if (year is < 1900 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (!TryTimeOfDay(match, out var time)) return false;

        var date = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        if (time is { } given) date = new DateTimeOffset(date.DateTime + given.Clock, given.Offset).ToUniversalTime();
        dateline = new Dateline(date, IsUpdateLabel(match));
        return true;
    }

    /// <summary>
    /// The time of day and its zone when the line gives both; a time without a zone the importer can read (none, or
    /// an abbreviation such as BST) leaves the date alone rather than guessing the hour in UTC.
    /// </summary>
    private static bool TryTimeOfDay(Match match, out (TimeSpan Clock, TimeSpan Offset)? time)
    {
        time = null;
        if (!match.Groups["hour"].Success) return true;
        var hour = Number(match, "hour");
        var minute = Number(match, "minute");
        var seconds = match.Groups["seconds"].Success ? Number(match, "seconds") : 0;
        if (match.Groups["meridiem"].Success)
        {
            if (hour is < 1 or > 12) return false;
            var afternoon = char.ToLowerInvariant(match.Groups["meridiem"].Value[0]) == 'p';
            hour = hour % 12 + (afternoon ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || seconds > 59) return false;
        if (Offset(match.Groups["zone"].Value) is { } offset) time = (new TimeSpan(hour, minute, seconds), offset);
        return true;
    }

    private static TimeSpan? Offset(string zone)
    {
        if (zone.Length == 0) return null;
        if (zone.Equals("Z", StringComparison.OrdinalIgnoreCase) || zone.Equals("UTC", StringComparison.OrdinalIgnoreCase)
            || zone.Equals("GMT", StringComparison.OrdinalIgnoreCase))
            return TimeSpan.Zero;
        if (zone[0] is not ('+' or '-')) return null;
        var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = int.Parse(digits[2..], CultureInfo.InvariantCulture);
        if (minutes > 59) return null;
        var offset = new TimeSpan(hours, minutes, 0);
        if (offset > TimeSpan.FromHours(14)) return null;
        return zone[0] == '-' ? -offset : offset;
    }

    private static bool IsUpdateLabel(Match match) =>
        match.Groups["label"].Value.EndsWith("updated", StringComparison.OrdinalIgnoreCase);

    private static int MonthOf(string name) =>
        "janfebmaraprmayjunjulaugsepoctnovdec".IndexOf(name[..3].ToLowerInvariant(), StringComparison.Ordinal) / 3 + 1;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
}
