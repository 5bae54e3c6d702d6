using GraphExplorer.Graph.Storage.Durability;

namespace GraphExplorer.Graph.Tests.Storage.Durability;

/// <summary>Rewrites the framed payloads of a log or snapshot file with valid checksums, to plant damage the checksum cannot see.</summary>
internal static class FrameFiles
{
    public static List<byte[]> Read(string path)
    {
        var payloads = new List<byte[]>();
        using var file = File.OpenRead(path);
        while (Frame.Read(file, out var payload) == FrameResult.Ok) payloads.Add(payload);
        return payloads;
    }

    public static void Write(string path, IEnumerable<byte[]> payloads)
    {
        using var file = new FileStream(path, FileMode.Create);
        foreach (var payload in payloads) Frame.Write(file, payload);
    }

    /// <summary>Replaces the byte that follows the encoded property key <paramref name="key"/> (its value tag) in every payload holding it.</summary>
    public static int SetTagAfterKey(string path, string key, byte tag)
    {
        var marker = new byte[4 + key.Length];
        BitConverter.TryWriteBytes(marker, key.Length);
        System.Text.Encoding.ASCII.GetBytes(key, marker.AsSpan(4));
        var payloads = Read(path);
        var changed = 0;
        foreach (var payload in payloads)
        {
            var at = payload.AsSpan().IndexOf(marker);
            if (at < 0) continue;
            payload[at + marker.Length] = tag;
            changed++;
        }
        Write(path, payloads);
        return changed;
    }
}
