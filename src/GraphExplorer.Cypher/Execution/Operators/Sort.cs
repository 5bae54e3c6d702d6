namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>ORDER BY: a stable sort on keys computed once per row, in Cypher's total order.</summary>
public sealed class Sort(Evaluator[] keys, bool[] descending, string description) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        var entries = new List<(object?[] Keys, object?[] Row, int Index)>();
        foreach (var row in input)
        {
            context.Tick();
            var values = new object?[keys.Length];
            for (var i = 0; i < keys.Length; i++) values[i] = keys[i](row, context);
            entries.Add((values, row, entries.Count));
        }
        entries.Sort((a, b) =>
        {
            for (var i = 0; i < keys.Length; i++)
            {
                var c = CypherComparer.OrderCompare(a.Keys[i], b.Keys[i]);
                if (c != 0) return descending[i] ? -c : c;
            }
            return a.Index.CompareTo(b.Index);
        });
        foreach (var entry in entries) yield return entry.Row;
    }

    public override string Describe() => $"Sort({description})";
}
