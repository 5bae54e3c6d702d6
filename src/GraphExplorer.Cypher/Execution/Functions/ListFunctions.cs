namespace GraphExplorer.Cypher.Execution.Functions;

/// <summary>Functions on lists (and size/reverse on strings).</summary>
public static class ListFunctions
{
    public static void Register(Registrar add)
    {
        add("size", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            string s => (long)s.Length,
            IReadOnlyList<object?> l => (long)l.Count,
            IReadOnlyDictionary<string, object?> m => (long)m.Count,
            var v => throw GraphFunctions.Invalid("size", v),
        });
        add("head", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            IReadOnlyList<object?> l => l.Count == 0 ? null : l[0],
            var v => throw GraphFunctions.Invalid("head", v),
        });
        add("last", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            IReadOnlyList<object?> l => l.Count == 0 ? null : l[^1],
            var v => throw GraphFunctions.Invalid("last", v),
        });
        add("tail", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            IReadOnlyList<object?> l => l.Skip(1).ToList(),
            var v => throw GraphFunctions.Invalid("tail", v),
        });
        add("reverse", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            string s => new string(s.Reverse().ToArray()),
            IReadOnlyList<object?> l => l.Reverse().ToList(),
            var v => throw GraphFunctions.Invalid("reverse", v),
        });
        add("range", 2, 3, (a, c) => Range(a, c));
        add("coalesce", 1, int.MaxValue, (a, c) =>
        {
            foreach (var v in a) if (v is not null) return v;
            return null;
        });
    }

    private static object? Range(object?[] a, QueryContext context)
    {
        if (a[0] is not long start || a[1] is not long end || (a.Length > 2 && a[2] is not long))
            throw new Graph.GraphDatabaseException(Graph.StatusCodes.ArgumentError, "range() needs integer arguments", "InvalidArgumentType");
        var step = a.Length > 2 ? (long)a[2]! : 1L;
        if (step == 0) throw new Graph.GraphDatabaseException(Graph.StatusCodes.ArgumentError, "range() step must not be zero", "NumberOutOfRange");
        // A limit on what one call may allocate, so that a mistyped bound cannot exhaust memory.
        const long MaxElements = 10_000_000;
        var count = step > 0 ? (end < start ? 0 : ((System.Numerics.BigInteger)end - start) / step + 1)
            : (end > start ? 0 : ((System.Numerics.BigInteger)start - end) / -step + 1);
        if (count > MaxElements)
            throw new Graph.GraphDatabaseException(Graph.StatusCodes.ArgumentError, $"range() would have {count} elements; the limit is {MaxElements}", "NumberOutOfRange");
        var result = new List<object?>((int)count);
        // Stepping in a checked loop: huge ranges stay cancellable and never wrap around.
        for (var i = start; step > 0 ? i <= end : i >= end; i += step)
        {
            context.Tick();
            result.Add(i);
            if ((step > 0 && i > long.MaxValue - step) || (step < 0 && i < long.MinValue - step)) break;
        }
        return result;
    }
}
