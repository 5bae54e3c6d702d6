using System.Globalization;
using System.Text;

namespace GraphExplorer.Graph.Values;

/// <summary>
/// A DURATION: months, days, seconds and nanoseconds, kept apart as Cypher does. The nanoseconds are always kept in
/// [0, 1e9) as Neo4j does (-0.1 s is -1 s and 900,000,000 ns), so equal durations are equal records whoever built them.
/// </summary>
public sealed record DurationValue(long Months, long Days, long Seconds, long Nanos)
{
    public long Seconds { get; } = Seconds + NanosCarry(Nanos);

    public long Nanos { get; } = Nanos - NanosCarry(Nanos) * TemporalFormat.NanosPerSecond;

    /// <exception cref="OverflowException">The seconds do not fit in a long.</exception>
    public static DurationValue Of(long months, long days, long seconds, long nanos) =>
        new(months, days, checked(seconds + NanosCarry(nanos)), nanos - NanosCarry(nanos) * TemporalFormat.NanosPerSecond);

    /// <summary>The whole seconds in a count of nanoseconds, rounded down.</summary>
    private static long NanosCarry(long nanos) => Math.DivRem(nanos, TemporalFormat.NanosPerSecond, out var rest) - (rest < 0 ? 1 : 0);

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
            // Each printed component carries the sign of the whole: -1 s + 0.9 s prints as -0.1S.
            var (total, nanos) = Seconds < 0 && Nanos > 0 ? (Seconds + 1, Nanos - TemporalFormat.NanosPerSecond) : (Seconds, Nanos);
            var hours = total / 3600;
            var minutes = total / 60 % 60;
            var seconds = total % 60;
            if (hours != 0) text.Append(hours).Append('H');
            if (minutes != 0) text.Append(minutes).Append('M');
            if (seconds != 0 || nanos != 0)
            {
                var negative = seconds < 0 || nanos < 0;
                var whole = Math.Abs(seconds);
                var fraction = Math.Abs(nanos);
                if (negative) text.Append('-');
                text.Append(whole.ToString(CultureInfo.InvariantCulture));
                if (fraction != 0) text.Append('.').Append(fraction.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0'));
                text.Append('S');
            }
        }
        return text.ToString();
    }
}
