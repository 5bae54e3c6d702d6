using GraphExplorer.Graph.Storage.Memory;

namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>
/// Loads a snapshot into a write transaction. A snapshot is only ever replaced whole, so any damage in it,
/// including a missing end, stops start-up with the file and the offset of the bad chunk.
/// </summary>
internal static class SnapshotReader
{
    public static void Load(string path, WriteTransaction tx)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
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
                        while (!reader.AtEnd) tx.CreateNodeAt(reader.Int64(), reader.Strings(), reader.Properties());
                        break;
                    case SnapshotChunk.Relationships:
                        while (!reader.AtEnd)
                            tx.CreateRelationshipAt(reader.Int64(), reader.Int64(), reader.Int64(), reader.String(), reader.Properties());
                        break;
                    case SnapshotChunk.Schema:
                        for (var n = reader.Count(); n > 0; n--) tx.CreateIndex(reader.String(), reader.String(), reader.String(), ifNotExists: false);
                        for (var n = reader.Count(); n > 0; n--) tx.CreateUniqueConstraint(reader.String(), reader.String(), reader.String(), ifNotExists: false);
                        break;
                    case SnapshotChunk.End:
                        if (reader.Int64() != tx.NodeCount || reader.Int64() != tx.RelationshipCount)
                            throw new InvalidDataException("the element counts do not match the end marker");
                        return;
                    default:
                        throw new InvalidDataException($"unknown chunk kind {(byte)kind}");
                }
            }
            catch (Exception e) when (e is InvalidDataException or GraphDatabaseException { StatusCode: not StatusCodes.StorageDamaged })
            {
                throw StoreDamage.At(path, offset, $"a snapshot chunk cannot be read: {e.Message}", e);
            }
        }
    }
}
