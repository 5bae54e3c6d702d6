namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>Identifies a snapshot file and its layout version.</summary>
internal static class SnapshotFormat
{
    public const string Magic = "GraphExplorer snapshot";
    public const int Version = 1;
}
