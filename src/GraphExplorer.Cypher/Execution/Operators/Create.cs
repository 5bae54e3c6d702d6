namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>CREATE: for each row, creates the pattern and binds its new variables.</summary>
public sealed class Create(CreatePattern pattern, string description) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            context.Tick();
            var next = Copy(row);
            pattern.Apply(next, context);
            yield return next;
        }
    }

    public override string Describe() => $"Create({description})";
}
