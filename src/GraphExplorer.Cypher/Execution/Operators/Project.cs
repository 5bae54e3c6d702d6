namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>Computes expressions into slots (the non-aggregating part of WITH and RETURN).</summary>
public sealed class Project(int[] slots, Evaluator[] values, string description) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        var computed = new object?[slots.Length];
        foreach (var row in input)
        {
            context.Tick();
            for (var i = 0; i < slots.Length; i++) computed[i] = values[i](row, context);
            var next = Copy(row);
            for (var i = 0; i < slots.Length; i++) next[slots[i]] = computed[i];
            yield return next;
        }
    }

    public override string Describe() => $"Projection({description})";
}
