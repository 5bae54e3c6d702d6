using System.Buffers.Binary;

namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>
/// The framing shared by log records and snapshot chunks: payload length, its bitwise complement (so a
/// damaged length is told apart from a short write), the payload's CRC-32, then the payload.
/// </summary>
internal static class Frame
{
    public const int HeaderSize = 12;

    /// <summary>Writes the frame of <paramref name="payload"/> to <paramref name="stream"/> without copying the payload.</summary>
    public static void Write(Stream stream, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], ~payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], Crc32.Compute(payload));
        stream.Write(header);
        stream.Write(payload);
    }

    /// <summary>Reads one frame at the stream's position.</summary>
    public static FrameResult Read(Stream stream, out byte[] payload)
    {
        payload = [];
        Span<byte> header = stackalloc byte[HeaderSize];
        var got = ReadFully(stream, header);
        if (got == 0) return FrameResult.End;
        if (got < HeaderSize) return FrameResult.Short;
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 0 || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != ~length) return FrameResult.BadHeader;
        if (length > stream.Length - stream.Position) return FrameResult.Short;
        payload = new byte[length];
        ReadFully(stream, payload);
        return Crc32.Compute(payload) == BinaryPrimitives.ReadUInt32LittleEndian(header[8..]) ? FrameResult.Ok : FrameResult.BadChecksum;
    }

    private static int ReadFully(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
