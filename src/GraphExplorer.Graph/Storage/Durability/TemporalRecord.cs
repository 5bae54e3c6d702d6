using GraphExplorer.Graph.Values;

namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>
/// The on-disk form of temporal values: every field as it is held (day number, nanoseconds of the day, offset
/// seconds, zone id; a duration's four components), so a value reads back exactly as it was written. The bounds
/// are checked on the way in as well as on the way out, so that nothing is stored that could not be read again.
/// </summary>
internal static class TemporalRecord
{
    private const int MaxOffsetSeconds = 18 * 3600;

    public static bool IsTemporal(object? value) =>
        value is DateValue or LocalTimeValue or TimeValue or LocalDateTimeValue or DateTimeValue or DurationValue;

    /// <summary>Whether the fields of <paramref name="value"/> are within the ranges the reader accepts.</summary>
    public static bool InRange(object value) => value switch
    {
        LocalTimeValue t => IsTimeOfDay(t.Nanos),
        TimeValue t => IsTimeOfDay(t.Nanos) && IsOffset(t.OffsetSeconds),
        LocalDateTimeValue t => IsTimeOfDay(t.Nanos),
        DateTimeValue t => IsTimeOfDay(t.Nanos) && IsOffset(t.OffsetSeconds) && t.Zone is not "",
        _ => true,
    };

    public static void Write(RecordWriter writer, object value)
    {
        switch (value)
        {
            case DateValue d:
                writer.Byte((byte)ValueTag.Date);
                writer.Int32(d.Date.DayNumber);
                break;
            case LocalTimeValue t:
                writer.Byte((byte)ValueTag.LocalTime);
                writer.Int64(t.Nanos);
                break;
            case TimeValue t:
                writer.Byte((byte)ValueTag.Time);
                writer.Int64(t.Nanos);
                writer.Int32(t.OffsetSeconds);
                break;
            case LocalDateTimeValue t:
                writer.Byte((byte)ValueTag.LocalDateTime);
                writer.Int32(t.Date.DayNumber);
                writer.Int64(t.Nanos);
                break;
            case DateTimeValue t:
                writer.Byte((byte)ValueTag.DateTime);
                writer.Int32(t.Date.DayNumber);
                writer.Int64(t.Nanos);
                writer.Int32(t.OffsetSeconds);
                writer.Byte(t.Zone is null ? (byte)0 : (byte)1);
                if (t.Zone is not null) writer.String(t.Zone);
                break;
            case DurationValue d:
                writer.Byte((byte)ValueTag.Duration);
                writer.Int64(d.Months);
                writer.Int64(d.Days);
                writer.Int64(d.Seconds);
                writer.Int64(d.Nanos);
                break;
            default:
                throw new InvalidOperationException($"Unstorable value of type {value.GetType().Name}.");
        }
    }

    /// <summary>The value after <paramref name="tag"/>; out-of-range fields are damage.</summary>
    public static object Read(RecordReader reader, ValueTag tag) => tag switch
    {
        ValueTag.Date => new DateValue(Date(reader)),
        ValueTag.LocalTime => new LocalTimeValue(TimeOfDay(reader)),
        ValueTag.Time => new TimeValue(TimeOfDay(reader), Offset(reader)),
        ValueTag.LocalDateTime => new LocalDateTimeValue(Date(reader), TimeOfDay(reader)),
        ValueTag.DateTime => new DateTimeValue(Date(reader), TimeOfDay(reader), Offset(reader), Zone(reader)),
        ValueTag.Duration => new DurationValue(reader.Int64(), reader.Int64(), reader.Int64(), reader.Int64()),
        _ => throw new InvalidDataException($"Unknown value tag {(byte)tag} at byte {reader.Position - 1}."),
    };

    private static bool IsTimeOfDay(long nanos) => nanos is >= 0 and < TemporalFormat.NanosPerDay;

    private static bool IsOffset(int seconds) => seconds is >= -MaxOffsetSeconds and <= MaxOffsetSeconds;

    private static DateOnly Date(RecordReader reader)
    {
        var day = reader.Int32();
        if (day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber)
            throw new InvalidDataException($"Impossible day number {day} at byte {reader.Position - 4}.");
        return DateOnly.FromDayNumber(day);
    }

    private static long TimeOfDay(RecordReader reader)
    {
        var nanos = reader.Int64();
        if (!IsTimeOfDay(nanos)) throw new InvalidDataException($"Impossible time of day {nanos} ns at byte {reader.Position - 8}.");
        return nanos;
    }

    private static int Offset(RecordReader reader)
    {
        var seconds = reader.Int32();
        if (!IsOffset(seconds)) throw new InvalidDataException($"Impossible offset {seconds} s at byte {reader.Position - 4}.");
        return seconds;
    }

    private static string? Zone(RecordReader reader) => reader.Byte() switch
    {
        0 => null,
        1 => reader.String() is { Length: > 0 } zone ? zone : throw new InvalidDataException($"Empty zone id before byte {reader.Position}."),
        var flag => throw new InvalidDataException($"Impossible zone flag {flag} at byte {reader.Position - 1}."),
    };
}
