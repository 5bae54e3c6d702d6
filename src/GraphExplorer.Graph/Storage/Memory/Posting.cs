namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>The nodes sharing one indexed value; copied by a transaction before its first change, like adjacency.</summary>
internal sealed class Posting
{
    public Posting(long owner, long[] ids, int count)
    {
        Owner = owner;
        Ids = ids;
        Count = count;
    }

    public long Owner { get; }
    public long[] Ids;
    public int Count;

    public Posting CloneFor(long owner) => new(owner, Ids.AsSpan(0, Math.Max(Count, 1)).ToArray(), Count);

    public void Add(long nodeId)
    {
        if (Count == Ids.Length) Array.Resize(ref Ids, Math.Max(2, Count * 2));
        Ids[Count++] = nodeId;
    }

    public void Remove(long nodeId)
    {
        var i = Array.LastIndexOf(Ids, nodeId, Count - 1, Count);
        if (i < 0) return;
        Array.Copy(Ids, i + 1, Ids, i, Count - i - 1);
        Count--;
    }

    public long[] Snapshot() => Ids.AsSpan(0, Count).ToArray();
}
