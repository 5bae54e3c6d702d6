using System.Globalization;
using System.Text;

namespace GraphExplorer.Graph.Values;

/// <summary>A DURATION: months, days, seconds and nanoseconds, kept apart as Cypher does.</summary>
public sealed record DurationValue(long Months, long Days, long Seconds, long Nanos)
{
    public static DurationValue Of(long months, long days, long seconds, long nanos)
    {
        seconds += nanos / TemporalFormat.NanosPerSecond;
        nanos %= TemporalFormat.NanosPerSecond;
        if (nanos < 0 && seconds > 0) { nanos += TemporalFormat.NanosPerSecond; seconds--; }
        else if (nanos > 0 && seconds < 0) { nanos -= TemporalFormat.NanosPerSecond; seconds++; }
        return new DurationValue(months, days, seconds, nanos);
    }

    public override string ToString()
    {
        if (Months == 0 && Days == 0 && Seconds == 0 && Nanos == 0) return "PT0S";
        var text = new StringBuilder("P");
        if (Months / 12 != 0) text.Append(Months / 12).Append('Y');
        if (Months % 12 != 0) text.Append(Months % 12).Append('M');
        if (Days != 0) text.Append(Days).Append('D');
        if (Seconds != 0 || Nanos != 0)
        {
            text.Append('T');
            var hours = Seconds / 3600;
            var minutes = Seconds / 60 % 60;
            var seconds = Seconds % 60;
            if (hours != 0) text.Append(hours).Append('H');
            if (minutes != 0) text.Append(minutes).Append('M');
            if (seconds != 0 || Nanos != 0)
            {
                var negative = seconds < 0 || Nanos < 0;
                var whole = Math.Abs(seconds);
                var fraction = Math.Abs(Nanos);
                if (negative) text.Append('-');
                text.Append(whole.ToString(CultureInfo.InvariantCulture));
                if (fraction != 0) text.Append('.').Append(fraction.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0'));
                text.Append('S');
            }
        }
        return text.ToString();
    }
}
