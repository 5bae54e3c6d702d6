namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>AllNodesScan or NodeByLabelScan: binds every node (with the label) to a slot, for each input row.</summary>
public sealed class NodeScan(int slot, string? label, string variable) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            var ids = label is null ? context.Reader.AllNodeIds() : context.Reader.NodeIdsWithLabel(label);
            foreach (var id in ids)
            {
                context.Tick();
                var next = Copy(row);
                next[slot] = new NodeRef(id);
                yield return next;
            }
        }
    }

    public override string Describe() => label is null ? $"AllNodesScan({variable})" : $"NodeByLabelScan({variable}:{label})";
}
