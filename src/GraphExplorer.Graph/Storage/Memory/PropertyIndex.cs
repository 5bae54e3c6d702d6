using System.Collections.Immutable;

namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// Property index on (label, key): index key (see <see cref="IndexKey"/>) → nodes. Published indexes hold an
/// immutable dictionary; the transaction that first changes one works on a builder of it, frozen at commit.
/// </summary>
internal sealed class PropertyIndex
{
    private ImmutableDictionary<object, Posting> _entries;
    private ImmutableDictionary<object, Posting>.Builder? _builder;

    public PropertyIndex(IndexDescriptor descriptor, long owner)
        : this(descriptor, owner, ImmutableDictionary<object, Posting>.Empty) { }

    private PropertyIndex(IndexDescriptor descriptor, long owner, ImmutableDictionary<object, Posting> entries)
    {
        Descriptor = descriptor;
        Owner = owner;
        _entries = entries;
    }

    public IndexDescriptor Descriptor { get; }
    public long Owner { get; }
    public string Label => Descriptor.Label;
    public string Key => Descriptor.PropertyKey;

    public PropertyIndex CloneFor(long owner) => new(Descriptor, owner, _entries);

    /// <summary>The nodes with this key; empty when none.</summary>
    public long[] Find(object key)
    {
        var found = _builder is not null ? _builder.TryGetValue(key, out var p) : _entries.TryGetValue(key, out p);
        return found ? p!.Snapshot() : [];
    }

    /// <summary>Another node than <paramref name="nodeId"/> with this key, or -1.</summary>
    public long OtherThan(object key, long nodeId)
    {
        var found = _builder is not null ? _builder.TryGetValue(key, out var p) : _entries.TryGetValue(key, out p);
        if (!found) return -1;
        for (var i = 0; i < p!.Count; i++)
            if (p.Ids[i] != nodeId) return p.Ids[i];
        return -1;
    }

    public void Add(object key, long nodeId)
    {
        var builder = _builder ??= _entries.ToBuilder();
        if (!builder.TryGetValue(key, out var posting))
        {
            builder[key] = new Posting(Owner, [nodeId], 1);
            return;
        }
        if (posting.Owner != Owner) builder[key] = posting = posting.CloneFor(Owner);
        posting.Add(nodeId);
    }

    public void Remove(object key, long nodeId)
    {
        var builder = _builder ??= _entries.ToBuilder();
        if (!builder.TryGetValue(key, out var posting)) return;
        if (posting.Owner != Owner) builder[key] = posting = posting.CloneFor(Owner);
        posting.Remove(nodeId);
        if (posting.Count == 0) builder.Remove(key);
    }

    /// <summary>Ends the writing transaction's changes; from now on the index is read-only.</summary>
    public void Freeze()
    {
        if (_builder is null) return;
        _entries = _builder.ToImmutable();
        _builder = null;
    }
}
