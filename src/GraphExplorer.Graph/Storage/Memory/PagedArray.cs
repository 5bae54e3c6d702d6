namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// A growable array split into fixed pages that a writer copies before its first change (copy-on-write),
/// so a published version never changes under its readers. A page belongs to the version whose
/// <see cref="Owner"/> serial it carries; any other version must copy it before writing.
/// </summary>
internal sealed class PagedArray<T>
{
    public const int PageShift = 10;
    public const int PageSize = 1 << PageShift;
    private const int PageMask = PageSize - 1;

    private Page[] _pages;

    public PagedArray() => _pages = [];

    private PagedArray(Page[] pages) => _pages = pages;

    public long Capacity => (long)_pages.Length << PageShift;

    /// <summary>A view sharing every page; the first write to a page through it copies that page.</summary>
    public PagedArray<T> Share() => new((Page[])_pages.Clone());

    public T Get(long index)
    {
        var pages = _pages;
        var p = index >> PageShift;
        if ((ulong)p >= (ulong)pages.Length) return default!;
        return pages[p].Items[index & PageMask];
    }

    /// <summary>A reference to the slot in a page owned by <paramref name="owner"/>, copying or adding the page first if needed.</summary>
    public ref T GetForWrite(long index, long owner)
    {
        var p = (int)(index >> PageShift);
        if (p >= _pages.Length)
        {
            var grown = new Page[Math.Max(p + 1, _pages.Length * 2)];
            Array.Copy(_pages, grown, _pages.Length);
            for (var i = _pages.Length; i < grown.Length; i++) grown[i] = Page.Empty;
            _pages = grown;
        }
        var page = _pages[p];
        if (page.Owner != owner)
        {
            page = new Page(page == Page.Empty ? new T[PageSize] : (T[])page.Items.Clone(), owner);
            _pages[p] = page;
        }
        return ref page.Items[index & PageMask];
    }

    /// <summary>The page holding <paramref name="index"/>, for scans; null past the end.</summary>
    public T[]? PageAt(long pageIndex) => pageIndex < _pages.Length ? _pages[pageIndex].Items : null;

    public int PageCount => _pages.Length;

    private sealed class Page(T[] items, long owner)
    {
        public static readonly Page Empty = new(new T[PageSize], -1);

        public T[] Items { get; } = items;
        public long Owner { get; } = owner;
    }
}
