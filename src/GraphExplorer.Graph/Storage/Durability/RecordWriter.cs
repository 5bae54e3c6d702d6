using System.Buffers.Binary;
using System.Text;

namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>Encodes primitive fields, strings and property values into a growable buffer (little-endian).</summary>
internal sealed class RecordWriter
{
    private byte[] _buffer = new byte[256];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    /// <summary>Empties the buffer, letting go of it if one huge transaction grew it.</summary>
    public void Clear()
    {
        Length = 0;
        if (_buffer.Length > 16 << 20) _buffer = new byte[256];
    }

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        var span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    public void Byte(byte value) => Reserve(1)[0] = value;

    public void Int32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);

    public void Int64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), value);

    public void Double(double value) => BinaryPrimitives.WriteDoubleLittleEndian(Reserve(8), value);

    public void String(string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        Int32(count);
        Encoding.UTF8.GetBytes(value, Reserve(count));
    }

    public void Value(object? value)
    {
        switch (value)
        {
            case null: Byte((byte)ValueTag.Null); break;
            case bool b: Byte((byte)(b ? ValueTag.True : ValueTag.False)); break;
            case long l: Byte((byte)ValueTag.Integer); Int64(l); break;
            case double d: Byte((byte)ValueTag.Float); Double(d); break;
            case string s: Byte((byte)ValueTag.String); String(s); break;
            case IReadOnlyList<object?> list:
                Byte((byte)ValueTag.List);
                Int32(list.Count);
                foreach (var item in list) Value(item);
                break;
            default: TemporalRecord.Write(this, value); break;
        }
    }

    public void Strings(IReadOnlyList<string> values)
    {
        Int32(values.Count);
        foreach (var value in values) String(value);
    }

    public void Properties(IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        Int32(properties.Count);
        foreach (var (key, value) in properties)
        {
            String(key);
            Value(value);
        }
    }
}
