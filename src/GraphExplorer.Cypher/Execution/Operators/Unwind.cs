namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>UNWIND: one row per list element; null gives no row, any other value one row.</summary>
public sealed class Unwind(int slot, Evaluator list, string description) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            var value = list(row, context);
            if (value is null) continue;
            if (value is not IReadOnlyList<object?> items)
            {
                var single = Copy(row);
                single[slot] = value;
                yield return single;
                continue;
            }
            foreach (var item in items)
            {
                context.Tick();
                var next = Copy(row);
                next[slot] = item;
                yield return next;
            }
        }
    }

    public override string Describe() => $"Unwind({description})";
}
