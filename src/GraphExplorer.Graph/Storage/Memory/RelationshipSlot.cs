namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>A relationship as stored in its page; <see cref="Type"/> is null when no relationship has this id.</summary>
internal struct RelationshipSlot
{
    public string? Type;
    public long StartId;
    public long EndId;
    public PropertyBag Properties;

    public readonly bool Exists => Type is not null;
}
