namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>OPTIONAL MATCH: runs the inner pipeline on each row; when it yields nothing, keeps the row with the new variables null.</summary>
public sealed class OptionalApply(Pipeline inner, int[] newSlots) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            var any = false;
            foreach (var result in inner.RunOne(row, context))
            {
                any = true;
                yield return result;
            }
            if (any) continue;
            var next = Copy(row);
            foreach (var slot in newSlots) next[slot] = null;
            yield return next;
        }
    }

    public override string Describe() => "Optional";

    public override IEnumerable<Pipeline> Children => [inner];
}
