namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>What reading one frame found.</summary>
internal enum FrameResult
{
    Ok,
    End,
    Short,
    BadHeader,
    BadChecksum,
}
