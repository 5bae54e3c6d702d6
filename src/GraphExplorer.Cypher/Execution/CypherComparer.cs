using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// openCypher equality (three-valued: null when either side holds null) and comparability
/// (null when values of different types are compared), plus the total order ORDER BY uses.
/// </summary>
public static class CypherComparer
{
    public static bool? Equal(object? a, object? b)
    {
        if (a is null || b is null) return null;
        switch (a)
        {
            case long x when b is long y: return x == y;
            case long x when b is double y: return x == y;
            case double x when b is long y: return x == y;
            case double x when b is double y: return x == y;
            case string x when b is string y: return string.Equals(x, y, StringComparison.Ordinal);
            case bool x when b is bool y: return x == y;
            case NodeRef x when b is NodeRef y: return x.Id == y.Id;
            case RelationshipRef x when b is RelationshipRef y: return x.Id == y.Id;
            case PathValue x when b is PathValue y: return x.Equals(y);
            case DurationValue x when b is DurationValue y: return x.Equals(y);
            case DateTimeValue or TimeValue or DateValue or LocalTimeValue or LocalDateTimeValue:
                return CompareTemporal(a, b) is { } c ? c == 0 : false;
            case IReadOnlyList<object?> x when b is IReadOnlyList<object?> y:
            {
                if (x.Count != y.Count) return false;
                bool? result = true;
                for (var i = 0; i < x.Count; i++)
                {
                    var item = Equal(x[i], y[i]);
                    if (item == false) return false;
                    if (item is null) result = null;
                }
                return result;
            }
            case IReadOnlyDictionary<string, object?> x when b is IReadOnlyDictionary<string, object?> y:
            {
                if (x.Count != y.Count) return false;
                bool? result = true;
                foreach (var (key, value) in x)
                {
                    if (!y.TryGetValue(key, out var other)) return false;
                    var item = Equal(value, other);
                    if (item == false) return false;
                    if (item is null) result = null;
                }
                return result;
            }
            default: return false;
        }
    }

    /// <summary>The result of a &lt; comparison: negative, zero, positive, or null when not comparable.</summary>
    public static int? Compare(object? a, object? b)
    {
        if (a is null || b is null) return null;
        switch (a)
        {
            case long x when b is long y: return x.CompareTo(y);
            case long x when b is double y: return double.IsNaN(y) ? null : CompareMixed(x, y);
            case double x when b is long y: return double.IsNaN(x) ? null : -CompareMixed(y, x);
            case double x when b is double y: return double.IsNaN(x) || double.IsNaN(y) ? null : x.CompareTo(y);
            case string x when b is string y: return string.CompareOrdinal(x, y);
            case bool x when b is bool y: return x.CompareTo(y);
            case DateTimeValue or TimeValue or DateValue or LocalTimeValue or LocalDateTimeValue:
                return CompareTemporal(a, b);
            case IReadOnlyList<object?> x when b is IReadOnlyList<object?> y:
            {
                for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
                {
                    var item = Compare(x[i], y[i]);
                    if (item is null)
                    {
                        if (Equal(x[i], y[i]) == true) continue;
                        return null;
                    }
                    if (item != 0) return item;
                }
                return x.Count.CompareTo(y.Count);
            }
            default: return null;
        }
    }

    private static int? CompareTemporal(object a, object b) => (a, b) switch
    {
        (DateValue x, DateValue y) => x.Date.CompareTo(y.Date),
        (LocalTimeValue x, LocalTimeValue y) => x.Nanos.CompareTo(y.Nanos),
        (TimeValue x, TimeValue y) => x.UtcNanos.CompareTo(y.UtcNanos),
        (LocalDateTimeValue x, LocalDateTimeValue y) => x.Date != y.Date ? x.Date.CompareTo(y.Date) : x.Nanos.CompareTo(y.Nanos),
        (DateTimeValue x, DateTimeValue y) => x.EpochSeconds != y.EpochSeconds
            ? x.EpochSeconds.CompareTo(y.EpochSeconds)
            : (x.Nanos % 1_000_000_000).CompareTo(y.Nanos % 1_000_000_000),
        _ => null,
    };

    private static int CompareMixed(long x, double y)
    {
        var c = ((double)x).CompareTo(y);
        if (c != 0) return c;
        // Equal as doubles; decide exactly for large integers.
        if (y >= 9.2233720368547758E18) return -1;
        return x.CompareTo((long)y);
    }

    /// <summary>The total order of ORDER BY: maps, nodes, relationships, lists, paths, strings, booleans, numbers, then null.</summary>
    public static int OrderCompare(object? a, object? b)
    {
        var ra = Rank(a);
        var rb = Rank(b);
        if (ra != rb) return ra.CompareTo(rb);
        switch (a)
        {
            case null: return 0;
            case long or double:
            {
                var x = a is long la ? la : (double)a;
                var y = b is long lb ? lb : (double)b!;
                if (a is long l1 && b is long l2) return l1.CompareTo(l2);
                if (double.IsNaN(x)) return double.IsNaN(y) ? 0 : 1;
                if (double.IsNaN(y)) return -1;
                var c = x.CompareTo(y);
                if (c != 0) return c;
                return a is long ? (b is long ? 0 : 1) : (b is long ? -1 : 0);
            }
            case string x: return string.CompareOrdinal(x, (string)b!);
            case bool x: return x.CompareTo((bool)b!);
            case NodeRef x: return x.Id.CompareTo(((NodeRef)b!).Id);
            case RelationshipRef x: return x.Id.CompareTo(((RelationshipRef)b!).Id);
            case IReadOnlyList<object?> x:
            {
                var y = (IReadOnlyList<object?>)b!;
                for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
                {
                    var c = OrderCompare(x[i], y[i]);
                    if (c != 0) return c;
                }
                return x.Count.CompareTo(y.Count);
            }
            case DurationValue x:
                return string.CompareOrdinal(x.ToString(), b!.ToString());
            case DateTimeValue or TimeValue or DateValue or LocalTimeValue or LocalDateTimeValue:
                return CompareTemporal(a, b!) ?? 0;
            case PathValue x:
            {
                var y = (PathValue)b!;
                for (var i = 0; i < Math.Min(x.Nodes.Length, y.Nodes.Length); i++)
                {
                    var c = x.Nodes[i].CompareTo(y.Nodes[i]);
                    if (c != 0) return c;
                }
                return x.Nodes.Length.CompareTo(y.Nodes.Length);
            }
            case IReadOnlyDictionary<string, object?> x:
            {
                var y = (IReadOnlyDictionary<string, object?>)b!;
                var kx = x.Keys.Order(StringComparer.Ordinal).ToArray();
                var ky = y.Keys.Order(StringComparer.Ordinal).ToArray();
                for (var i = 0; i < Math.Min(kx.Length, ky.Length); i++)
                {
                    var c = string.CompareOrdinal(kx[i], ky[i]);
                    if (c != 0) return c;
                    c = OrderCompare(x[kx[i]], y[ky[i]]);
                    if (c != 0) return c;
                }
                return kx.Length.CompareTo(ky.Length);
            }
            default: return 0;
        }
    }

    private static int Rank(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> => 0,
        NodeRef => 1,
        RelationshipRef => 2,
        IReadOnlyList<object?> => 3,
        PathValue => 4,
        DateTimeValue => 5,
        LocalDateTimeValue => 6,
        DateValue => 7,
        TimeValue => 8,
        LocalTimeValue => 9,
        DurationValue => 10,
        string => 11,
        bool => 12,
        long or double => 13,
        null => 15,
        _ => 14,
    };
}
