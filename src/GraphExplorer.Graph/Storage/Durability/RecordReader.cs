using System.Buffers.Binary;
using System.Collections.ObjectModel;
using System.Text;

namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>
/// Decodes what <see cref="RecordWriter"/> wrote. The caller has already checked the record's checksum, so
/// malformed content here means a bug or damage that slipped past it; it fails with <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class RecordReader
{
    private readonly ReadOnlyMemory<byte> _data;

    public RecordReader(ReadOnlyMemory<byte> data) => _data = data;

    public int Position { get; private set; }

    public bool AtEnd => Position >= _data.Length;

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || Position + count > _data.Length)
            throw new InvalidDataException($"Record ends early at byte {Position} of {_data.Length}.");
        var span = _data.Span.Slice(Position, count);
        Position += count;
        return span;
    }

    public byte Byte() => Take(1)[0];

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    public string String() => Encoding.UTF8.GetString(Take(Int32()));

    public int Count()
    {
        var count = Int32();
        if (count < 0 || count > _data.Length - Position)
            throw new InvalidDataException($"Impossible element count {count} at byte {Position}.");
        return count;
    }

    public object? Value() => (ValueTag)Byte() switch
    {
        ValueTag.Null => null,
        ValueTag.False => false,
        ValueTag.True => true,
        ValueTag.Integer => Int64(),
        ValueTag.Float => Double(),
        ValueTag.String => String(),
        ValueTag.List => List(),
        var tag => TemporalRecord.Read(this, tag),
    };

    private ReadOnlyCollection<object?> List()
    {
        var items = new object?[Count()];
        for (var i = 0; i < items.Length; i++) items[i] = Value();
        return Array.AsReadOnly(items);
    }

    public string[] Strings()
    {
        var values = new string[Count()];
        for (var i = 0; i < values.Length; i++) values[i] = String();
        return values;
    }

    private static readonly Dictionary<string, object?> NoProperties = [];

    /// <summary>The properties of one element; the empty case (most relationships) shares one read-only instance.</summary>
    public IReadOnlyDictionary<string, object?> Properties()
    {
        var count = Count();
        if (count == 0) return NoProperties;
        var properties = new Dictionary<string, object?>(count);
        for (var i = 0; i < count; i++) properties[String()] = Value();
        return properties;
    }
}
