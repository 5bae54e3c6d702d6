using GraphExplorer.Graph.Storage.Memory;

namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>
/// Loads a snapshot through write transactions, committing every million or so elements so a big graph
/// loads with bounded transaction state. A snapshot is only ever replaced whole, so any damage in it,
/// including a missing end, stops start-up with the file and the offset of the bad chunk.
/// </summary>
internal static class SnapshotReader
{
    private const long ElementsPerTransaction = 1 << 20;

    public static void Load(string path, Func<WriteTransaction> begin)
    {
        var tx = begin();
        try
        {
            Load(path, begin, ref tx);
        }
        finally
        {
            tx.Dispose();
        }
    }

    private static void Load(string path, Func<WriteTransaction> begin, ref WriteTransaction tx)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        long elements = 0;
        var sawHeader = false;
        while (true)
        {
            var offset = file.Position;
            var result = Frame.Read(file, out var payload);
            if (result == FrameResult.End)
                throw StoreDamage.At(path, offset, "the snapshot ends before its end marker");
            if (result != FrameResult.Ok)
                throw StoreDamage.At(path, offset, result == FrameResult.BadChecksum ? "a snapshot chunk fails its checksum" : "a snapshot chunk is cut short or has a damaged length");
            try
            {
                var reader = new RecordReader(payload);
                var kind = (SnapshotChunk)reader.Byte();
                if (!sawHeader && kind != SnapshotChunk.Header) throw new InvalidDataException("the snapshot does not start with its header");
                switch (kind)
                {
                    case SnapshotChunk.Header:
                        if (reader.String() != SnapshotFormat.Magic || reader.Int32() != SnapshotFormat.Version)
                            throw new InvalidDataException("not a snapshot of this format");
                        var lastTransaction = reader.Int64();
                        tx.RestoreHighWater(reader.Int64(), reader.Int64(), lastTransaction);
                        sawHeader = true;
                        break;
                    case SnapshotChunk.Nodes:
                        for (; !reader.AtEnd; elements++) tx.CreateNodeAt(reader.Int64(), reader.Strings(), reader.Properties());
                        break;
                    case SnapshotChunk.Relationships:
                        for (; !reader.AtEnd; elements++)
                            tx.CreateRelationshipAt(reader.Int64(), reader.Int64(), reader.Int64(), reader.String(), reader.Properties());
                        break;
                    case SnapshotChunk.Schema:
                        for (var n = reader.Count(); n > 0; n--) tx.CreateIndex(reader.String(), reader.String(), reader.String(), ifNotExists: false);
                        for (var n = reader.Count(); n > 0; n--) tx.CreateUniqueConstraint(reader.String(), reader.String(), reader.String(), ifNotExists: false);
                        break;
                    case SnapshotChunk.End:
                        if (reader.Int64() != tx.NodeCount || reader.Int64() != tx.RelationshipCount)
                            throw new InvalidDataException("the element counts do not match the end marker");
                        tx.Commit();
                        return;
                    default:
                        throw new InvalidDataException($"unknown chunk kind {(byte)kind}");
                }
            }
            catch (Exception e) when (e is InvalidDataException or GraphDatabaseException { StatusCode: not StatusCodes.StorageDamaged })
            {
                throw StoreDamage.At(path, offset, $"a snapshot chunk cannot be read: {e.Message}", e);
            }
            if (elements >= ElementsPerTransaction)
            {
                tx.Commit();
                tx = begin();
                elements = 0;
            }
        }
    }
}
