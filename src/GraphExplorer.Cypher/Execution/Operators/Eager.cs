namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>Reads its whole input before passing any row on, so that a write never changes what an earlier read still iterates.</summary>
public sealed class Eager : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        var rows = new List<object?[]>();
        foreach (var row in input)
        {
            context.Tick();
            rows.Add(row);
        }
        return rows;
    }

    public override string Describe() => "Eager";
}
