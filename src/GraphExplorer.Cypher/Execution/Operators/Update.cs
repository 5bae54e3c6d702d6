namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>SET and REMOVE: applies the items to each row in order.</summary>
public sealed class Update(IReadOnlyList<UpdateAction> actions, string description) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            context.Tick();
            foreach (var action in actions) action(row, context);
            yield return row;
        }
    }

    public override string Describe() => description;
}
