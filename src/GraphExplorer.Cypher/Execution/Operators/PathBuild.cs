namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>Binds a named path from the node and relationship slots of its pattern, in pattern order.</summary>
public sealed class PathBuild(int slot, int[] nodeSlots, int[] relationshipSlots, string variable) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            var next = Copy(row);
            next[slot] = Build(next, nodeSlots, relationshipSlots);
            yield return next;
        }
    }

    /// <summary>A relationship slot may hold one relationship or, for a variable-length step, a list of them.</summary>
    public static object? Build(object?[] row, int[] nodeSlots, int[] relationshipSlots)
    {
        if (row[nodeSlots[0]] is not NodeRef first) return null;
        var nodes = new List<long> { first.Id };
        var relationships = new List<RelationshipRef>();
        for (var i = 0; i < relationshipSlots.Length; i++)
        {
            var steps = row[relationshipSlots[i]] switch
            {
                RelationshipRef r => [r],
                IReadOnlyList<object?> list => list.Cast<RelationshipRef>().ToList(),
                _ => null,
            };
            if (steps is null) return null;
            foreach (var step in steps)
            {
                var current = nodes[^1];
                relationships.Add(step);
                nodes.Add(step.StartId == current ? step.EndId : step.StartId);
            }
        }
        return new PathValue(nodes.ToArray(), relationships.ToArray());
    }

    public override string Describe() => $"ProjectPath({variable})";
}
