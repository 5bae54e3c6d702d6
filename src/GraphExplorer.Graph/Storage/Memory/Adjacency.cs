namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// A node's relationships grouped by type. Published adjacency never changes; the writer copies it the first
/// time a transaction (identified by its serial, <see cref="Owner"/>) changes it, then appends in place.
/// </summary>
internal sealed class Adjacency
{
    public Adjacency(long owner) => Owner = owner;

    public long Owner { get; }
    public AdjacencyGroup[] Groups = [];

    public AdjacencyGroup? Find(string type)
    {
        foreach (var group in Groups)
            if (ReferenceEquals(group.Type, type)) return group;
        foreach (var group in Groups)
            if (string.Equals(group.Type, type, StringComparison.Ordinal)) return group;
        return null;
    }

    public int Degree(Direction direction, string? type)
    {
        if (type is not null) return Find(type)?.Count(direction) ?? 0;
        var total = 0;
        foreach (var group in Groups) total += group.Count(direction);
        return total;
    }

    public bool IsEmpty
    {
        get
        {
            foreach (var group in Groups)
                if (group.OutgoingCount + group.IncomingCount > 0) return false;
            return true;
        }
    }

    public Adjacency CloneFor(long owner)
    {
        var copy = new Adjacency(owner) { Groups = new AdjacencyGroup[Groups.Length] };
        for (var i = 0; i < Groups.Length; i++) copy.Groups[i] = Groups[i].Clone();
        return copy;
    }

    /// <summary>The group of an interned type, added if missing (only on an owned copy).</summary>
    public AdjacencyGroup GroupFor(string type)
    {
        foreach (var group in Groups)
            if (ReferenceEquals(group.Type, type)) return group;
        var added = new AdjacencyGroup(type);
        var groups = new AdjacencyGroup[Groups.Length + 1];
        Array.Copy(Groups, groups, Groups.Length);
        groups[^1] = added;
        Groups = groups;
        return added;
    }
}
