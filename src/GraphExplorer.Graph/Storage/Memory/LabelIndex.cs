namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>The nodes carrying one label, as a copy-on-write paged bitmap over node ids, and their count.</summary>
internal sealed class LabelIndex
{
    private const int BitsPerPage = PagedArray<ulong>.PageSize * 64;

    private readonly PagedArray<ulong> _bits;

    public LabelIndex(long owner) : this(owner, new PagedArray<ulong>(), 0) { }

    private LabelIndex(long owner, PagedArray<ulong> bits, long count)
    {
        Owner = owner;
        _bits = bits;
        Count = count;
    }

    public long Owner { get; }
    public long Count { get; private set; }

    public LabelIndex CloneFor(long owner) => new(owner, _bits.Share(), Count);

    public bool Contains(long nodeId) => (_bits.Get(nodeId >> 6) & (1UL << (int)(nodeId & 63))) != 0;

    public void Add(long nodeId)
    {
        ref var word = ref _bits.GetForWrite(nodeId >> 6, Owner);
        var bit = 1UL << (int)(nodeId & 63);
        if ((word & bit) != 0) return;
        word |= bit;
        Count++;
    }

    public void Remove(long nodeId)
    {
        ref var word = ref _bits.GetForWrite(nodeId >> 6, Owner);
        var bit = 1UL << (int)(nodeId & 63);
        if ((word & bit) == 0) return;
        word &= ~bit;
        Count--;
    }

    public IEnumerable<long> NodeIds()
    {
        for (var p = 0; p < _bits.PageCount; p++)
        {
            var page = _bits.PageAt(p);
            if (page is null) yield break;
            for (var w = 0; w < page.Length; w++)
            {
                var word = page[w];
                while (word != 0)
                {
                    var bit = System.Numerics.BitOperations.TrailingZeroCount(word);
                    yield return (long)p * BitsPerPage + w * 64L + bit;
                    word &= word - 1;
                }
            }
        }
    }
}
