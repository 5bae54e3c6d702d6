namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// Equivalence for DISTINCT and grouping: like equality, but null is equivalent to null
/// (and NaN to NaN), so every value has one group.
/// </summary>
public sealed class ValueEquivalence : IEqualityComparer<object?>
{
    public static ValueEquivalence Instance { get; } = new();

    public new bool Equals(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null;
        switch (a)
        {
            case double x when b is double y && double.IsNaN(x) && double.IsNaN(y): return true;
            case IReadOnlyList<object?> x when b is IReadOnlyList<object?> y:
                if (x.Count != y.Count) return false;
                for (var i = 0; i < x.Count; i++) if (!Equals(x[i], y[i])) return false;
                return true;
            case IReadOnlyDictionary<string, object?> x when b is IReadOnlyDictionary<string, object?> y:
                if (x.Count != y.Count) return false;
                foreach (var (key, value) in x) if (!y.TryGetValue(key, out var other) || !Equals(value, other)) return false;
                return true;
            default: return CypherComparer.Equal(a, b) == true;
        }
    }

    public int GetHashCode(object? value)
    {
        switch (value)
        {
            case null: return 0;
            case long l: return ((double)l).GetHashCode();
            case double d: return d.GetHashCode();
            case IReadOnlyList<object?> list:
            {
                var hash = new HashCode();
                foreach (var item in list) hash.Add(GetHashCode(item));
                return hash.ToHashCode();
            }
            case IReadOnlyDictionary<string, object?> map:
            {
                var hash = 0;
                foreach (var (key, item) in map) hash ^= HashCode.Combine(key, GetHashCode(item));
                return hash;
            }
            default: return value.GetHashCode();
        }
    }
}
