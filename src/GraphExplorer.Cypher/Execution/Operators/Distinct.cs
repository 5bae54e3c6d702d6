namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>Passes on the first row of each distinct combination of the given slots.</summary>
public sealed class Distinct(int[] slots, string description) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        var seen = new HashSet<object?[]>(RowKeyComparer.Instance);
        foreach (var row in input)
        {
            context.Tick();
            var key = new object?[slots.Length];
            for (var i = 0; i < slots.Length; i++) key[i] = row[slots[i]];
            if (seen.Add(key)) yield return row;
        }
    }

    public override string Describe() => $"Distinct({description})";
}
