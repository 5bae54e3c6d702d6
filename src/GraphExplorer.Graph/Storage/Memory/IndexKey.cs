using GraphExplorer.Graph.Values;

namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// Turns a property value into a key whose ordinary equality is Cypher equality: an integral float becomes
/// the integer it equals (so 1 and 1.0 meet), lists compare element-wise. NaN and null equal nothing, so
/// they have no key. Zoned times and datetimes are keyed by the instant they denote, as the engine compares them.
/// </summary>
internal static class IndexKey
{
    public static object? Of(object? value) => value switch
    {
        null => null,
        string or long => value,
        double d when double.IsNaN(d) => null,
        double d when d == Math.Floor(d) && d >= -9.2233720368547758E18 && d < 9.2233720368547758E18 => (long)d,
        IReadOnlyList<object?> list => ListKey.Of(list),
        DateTimeValue t => new InstantKey(t.EpochSeconds, t.Nanos % TemporalFormat.NanosPerSecond),
        TimeValue t => new UtcTimeKey(t.UtcNanos),
        _ => value,
    };

    private sealed record InstantKey(long EpochSeconds, long NanoOfSecond);

    private sealed record UtcTimeKey(long UtcNanos);

    private sealed class ListKey : IEquatable<ListKey>
    {
        private readonly object?[] _items;

        private ListKey(object?[] items) => _items = items;

        public static ListKey? Of(IReadOnlyList<object?> list)
        {
            var items = new object?[list.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = IndexKey.Of(list[i]);
                if (items[i] is null) return null;
            }
            return new ListKey(items);
        }

        public bool Equals(ListKey? other) =>
            other is not null && _items.AsSpan().SequenceEqual(other._items.AsSpan());

        public override bool Equals(object? obj) => Equals(obj as ListKey);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var item in _items) hash.Add(item);
            return hash.ToHashCode();
        }
    }
}
