namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>Keeps the rows for which the predicate is true (not false, not null).</summary>
public sealed class Filter(Evaluator predicate, string description) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            context.Tick();
            if (predicate(row, context) is true) yield return row;
        }
    }

    public override string Describe() => $"Filter({description})";
}
