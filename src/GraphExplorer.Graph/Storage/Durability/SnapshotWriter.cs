using GraphExplorer.Graph.Storage.Memory;

namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>
/// Writes a published state as a snapshot: framed chunks (header, nodes, relationships, schema, end) in a
/// temporary file that is fsynced, then renamed over the previous snapshot, so a crash leaves either the
/// old snapshot or the new one, never a mix.
/// </summary>
internal static class SnapshotWriter
{
    private const int ChunkBytes = 1 << 20;

    public static void Write(string path, GraphState state)
    {
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var chunk = new RecordWriter();
            Start(chunk, SnapshotChunk.Header);
            chunk.String(SnapshotFormat.Magic);
            chunk.Int32(SnapshotFormat.Version);
            chunk.Int64(state.LastTransaction);
            chunk.Int64(state.NextNodeId);
            chunk.Int64(state.NextRelationshipId);
            Flush(file, chunk);

            WriteNodes(file, chunk, state);
            WriteRelationships(file, chunk, state);

            Start(chunk, SnapshotChunk.Schema);
            var plainIndexes = state.Indexes.Where(index => !index.Descriptor.BacksConstraint).ToList();
            chunk.Int32(plainIndexes.Count);
            foreach (var index in plainIndexes) Rule(chunk, index.Descriptor.Name, index.Label, index.Key);
            chunk.Int32(state.Constraints.Count);
            foreach (var constraint in state.Constraints) Rule(chunk, constraint.Name, constraint.Label, constraint.PropertyKey);
            Flush(file, chunk);

            Start(chunk, SnapshotChunk.End);
            chunk.Int64(state.NodeCount);
            chunk.Int64(state.RelationshipCount);
            Flush(file, chunk);
            file.Flush(true);
        }
        File.Move(temporary, path, overwrite: true);
        DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    private static void WriteNodes(FileStream file, RecordWriter chunk, GraphState state)
    {
        for (long id = 0; id < state.NextNodeId; id++)
        {
            var slot = state.Nodes.Get(id);
            if (!slot.Exists) continue;
            if (chunk.Length == 0) Start(chunk, SnapshotChunk.Nodes);
            chunk.Int64(id);
            chunk.Strings(slot.Labels!);
            Bag(chunk, slot.Properties);
            if (chunk.Length >= ChunkBytes) Flush(file, chunk);
        }
        if (chunk.Length > 0) Flush(file, chunk);
    }

    private static void WriteRelationships(FileStream file, RecordWriter chunk, GraphState state)
    {
        for (long id = 0; id < state.NextRelationshipId; id++)
        {
            var slot = state.Relationships.Get(id);
            if (!slot.Exists) continue;
            if (chunk.Length == 0) Start(chunk, SnapshotChunk.Relationships);
            chunk.Int64(id);
            chunk.Int64(slot.StartId);
            chunk.Int64(slot.EndId);
            chunk.String(slot.Type!);
            Bag(chunk, slot.Properties);
            if (chunk.Length >= ChunkBytes) Flush(file, chunk);
        }
        if (chunk.Length > 0) Flush(file, chunk);
    }

    private static void Start(RecordWriter chunk, SnapshotChunk kind) => chunk.Byte((byte)kind);

    private static void Rule(RecordWriter chunk, string name, string label, string key)
    {
        chunk.String(name);
        chunk.String(label);
        chunk.String(key);
    }

    private static void Bag(RecordWriter chunk, PropertyBag bag)
    {
        chunk.Int32(bag.Count);
        for (var i = 0; i < bag.Count; i++)
        {
            chunk.String(bag.KeyAt(i));
            chunk.Value(bag.ValueAt(i));
        }
    }

    private static void Flush(FileStream file, RecordWriter chunk)
    {
        Frame.Write(file, chunk.Written);
        chunk.Clear();
    }
}
