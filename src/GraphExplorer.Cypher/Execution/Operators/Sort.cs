namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// ORDER BY: a stable sort on keys computed once per row, in Cypher's total order. When a LIMIT follows,
/// only the first SKIP + LIMIT rows are kept while reading (top-N), instead of sorting everything.
/// </summary>
public sealed class Sort(Evaluator[] keys, bool[] descending, Evaluator? skip, Evaluator? limit, string description) : Operator
{
    private readonly record struct Entry(object?[] Keys, object?[] Row, int Index);

    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        var top = TopCount(context);
        return top is { } count ? Top(input, context, count) : All(input, context);
    }

    private long? TopCount(QueryContext context)
    {
        if (limit is null) return null;
        var row = context.NewRow();
        if (limit(row, context) is not long take || take < 0) return null;
        var drop = skip is null ? 0L : skip(row, context) as long? ?? -1;
        return drop < 0 || take > int.MaxValue - drop ? null : take + drop;
    }

    private int Compare(Entry a, Entry b)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var c = CypherComparer.OrderCompare(a.Keys[i], b.Keys[i]);
            if (c != 0) return descending[i] ? -c : c;
        }
        return a.Index.CompareTo(b.Index);
    }

    private Entry Read(object?[] row, int index, QueryContext context)
    {
        var values = new object?[keys.Length];
        for (var i = 0; i < keys.Length; i++) values[i] = keys[i](row, context);
        return new Entry(values, row, index);
    }

    private IEnumerable<object?[]> All(IEnumerable<object?[]> input, QueryContext context)
    {
        var entries = new List<Entry>();
        foreach (var row in input)
        {
            context.Tick();
            entries.Add(Read(row, entries.Count, context));
        }
        entries.Sort(Compare);
        foreach (var entry in entries) yield return entry.Row;
    }

    private IEnumerable<object?[]> Top(IEnumerable<object?[]> input, QueryContext context, long count)
    {
        var best = new List<Entry>();
        var comparer = Comparer<Entry>.Create(Compare);
        var scratch = new object?[keys.Length];
        var index = 0;
        foreach (var row in input)
        {
            context.Tick();
            if (count == 0) continue;
            for (var i = 0; i < keys.Length; i++) scratch[i] = keys[i](row, context);
            var candidate = new Entry(scratch, row, index++);
            // Most rows lose against the current last place; their keys are not kept, so they are not copied.
            if (best.Count == count && Compare(candidate, best[^1]) >= 0) continue;
            var entry = candidate with { Keys = (object?[])scratch.Clone() };
            var position = best.BinarySearch(entry, comparer);
            best.Insert(position < 0 ? ~position : position, entry);
            if (best.Count > count) best.RemoveAt(best.Count - 1);
        }
        foreach (var entry in best) yield return entry.Row;
    }

    public override string Describe() => $"Sort({description})";
}
