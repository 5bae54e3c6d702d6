namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>
/// The write-ahead log: one framed record (see <see cref="Frame"/>) per committed transaction, each made
/// durable with fsync before the commit returns. Opening it replays every record; a record cut short or
/// failing its checksum at the very end was being written during a crash and is cut off with a warning,
/// while damage followed by more data is reported, never skipped.
/// </summary>
internal sealed class WriteAheadLog : IDisposable
{
    private readonly FileStream _file;

    private WriteAheadLog(string path, FileStream file)
    {
        Path = path;
        _file = file;
    }

    public string Path { get; }

    public long Length => _file.Length;

    /// <param name="apply">Called with each intact record's payload and the byte offset of its frame.</param>
    public static WriteAheadLog Open(string path, Action<byte[], long> apply, Action<string> warn)
    {
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        try
        {
            var end = Replay(path, file, apply, warn);
            if (end < file.Length)
            {
                file.SetLength(end);
                file.Flush(true);
            }
            file.Position = end;
            return new WriteAheadLog(path, file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static long Replay(string path, FileStream file, Action<byte[], long> apply, Action<string> warn)
    {
        while (true)
        {
            var offset = file.Position;
            var result = Frame.Read(file, out var payload);
            switch (result)
            {
                case FrameResult.End:
                    return offset;
                case FrameResult.Ok:
                    apply(payload, offset);
                    continue;
                case FrameResult.BadChecksum when file.Position == file.Length:
                case FrameResult.Short:
                case FrameResult.BadHeader when IsZeroFrom(file, offset):
                    warn($"{path}: cut off a torn last record at byte {offset} ({file.Length - offset} bytes); the transaction it held was never acknowledged.");
                    return offset;
                default:
                    throw StoreDamage.At(path, offset, result == FrameResult.BadChecksum
                        ? "a log record fails its checksum and more records follow it"
                        : "a log record has a damaged length");
            }
        }
    }

    private static bool IsZeroFrom(FileStream file, long offset)
    {
        file.Position = offset;
        var buffer = new byte[1 << 16];
        int n;
        while ((n = file.Read(buffer)) > 0)
            if (buffer.AsSpan(0, n).ContainsAnyExcept((byte)0)) return false;
        return true;
    }

    /// <summary>Appends one record and fsyncs; on failure the log is cut back so no partial record stays behind.</summary>
    public void Append(ReadOnlySpan<byte> payload)
    {
        var start = _file.Position;
        try
        {
            Frame.Write(_file, payload);
            _file.Flush(true);
        }
        catch
        {
            try
            {
                _file.SetLength(start);
                _file.Position = start;
            }
            catch (IOException)
            {
                // The original failure is the one to report.
            }
            throw;
        }
    }

    /// <summary>Empties the log once a snapshot holds everything in it.</summary>
    public void Reset()
    {
        _file.SetLength(0);
        _file.Position = 0;
        _file.Flush(true);
    }

    public void Dispose() => _file.Dispose();
}
