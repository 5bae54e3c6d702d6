namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// Binds the nodes with a label whose property equals a value, through the property index; when no
/// index covers (label, key) at run time it scans the label instead, so the plan stays correct.
/// </summary>
public sealed class NodeIndexSeek(int slot, string label, string key, Evaluator value, string variable) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            var wanted = value(row, context);
            if (wanted is null) continue;
            var ids = context.Reader.FindNodes(label, key, wanted) ?? ScanLabel(context, wanted);
            foreach (var id in ids)
            {
                context.Tick();
                var next = Copy(row);
                next[slot] = new NodeRef(id);
                yield return next;
            }
        }
    }

    private IEnumerable<long> ScanLabel(QueryContext context, object wanted)
    {
        foreach (var id in context.Reader.NodeIdsWithLabel(label))
        {
            context.Tick();
            if (CypherComparer.Equal(context.Reader.GetNodeProperty(id, key), wanted) == true) yield return id;
        }
    }

    public override string Describe() => $"NodeIndexSeek({variable}:{label}({key}))";
}
