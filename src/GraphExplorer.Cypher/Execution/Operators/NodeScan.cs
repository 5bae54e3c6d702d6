namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>AllNodesScan or NodeByLabelScan: binds every node (with the label) to a slot, for each input row.</summary>
public sealed class NodeScan(int slot, string? label, string variable) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            foreach (var id in NodeIds(context))
            {
                context.Tick();
                var next = Copy(row);
                next[slot] = new NodeRef(id);
                yield return next;
            }
        }
    }

    internal int Slot => slot;

    internal IEnumerable<long> NodeIds(QueryContext context) =>
        label is null ? context.Reader.AllNodeIds() : context.Reader.NodeIdsWithLabel(label);

    public override string Describe() => label is null ? $"AllNodesScan({variable})" : $"NodeByLabelScan({variable}:{label})";
}
