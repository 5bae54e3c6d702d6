namespace GraphExplorer.Cypher.Execution;

/// <summary>Compares grouping keys (arrays of values) by value equivalence.</summary>
public sealed class RowKeyComparer : IEqualityComparer<object?[]>
{
    public static RowKeyComparer Instance { get; } = new();

    public bool Equals(object?[]? x, object?[]? y)
    {
        if (x is null || y is null || x.Length != y.Length) return false;
        for (var i = 0; i < x.Length; i++) if (!ValueEquivalence.Instance.Equals(x[i], y[i])) return false;
        return true;
    }

    public int GetHashCode(object?[] key)
    {
        var hash = new HashCode();
        foreach (var value in key) hash.Add(ValueEquivalence.Instance.GetHashCode(value));
        return hash.ToHashCode();
    }
}
