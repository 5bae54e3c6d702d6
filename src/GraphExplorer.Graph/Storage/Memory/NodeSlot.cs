namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>A node as stored in its page; <see cref="Labels"/> is null when no node has this id.</summary>
internal struct NodeSlot
{
    public string[]? Labels;
    public PropertyBag Properties;

    public readonly bool Exists => Labels is not null;
}
