namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>The kind byte that starts each snapshot chunk; never renumber.</summary>
internal enum SnapshotChunk : byte
{
    Header = 1,
    Nodes = 2,
    Relationships = 3,
    Schema = 4,
    End = 5,
}
