using System.Runtime.InteropServices;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// A node scan, an expand to a fresh node and a count(*) grouped by that far node, fused: counts are kept
/// per far node id, so no row, relationship or node value is built per relationship. Gives the same groups,
/// in the same first-seen order, as the three operators it replaces.
/// </summary>
public sealed class CountByExpandedNode(NodeScan scan, Expand expand, Aggregate aggregate) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        var counts = new Dictionary<long, (object?[] Row, long Count)>();
        foreach (var row in input)
        {
            foreach (var fromId in scan.NodeIds(context))
            {
                context.Tick();
                foreach (var toId in expand.FarNodeIds(fromId, context))
                {
                    ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, toId, out var seen);
                    if (!seen) group.Row = row;
                    group.Count++;
                }
            }
        }
        foreach (var next in aggregate.EmitCounts(RepresentativeRows(counts, context), context)) yield return next;
    }

    /// <summary>One scratch row, refilled per far node: the aggregation reads each row only while it is current.</summary>
    private IEnumerable<(object?[] Row, long Count)> RepresentativeRows(Dictionary<long, (object?[] Row, long Count)> counts, QueryContext context)
    {
        var scratch = context.NewRow();
        foreach (var (nodeId, (row, count)) in counts)
        {
            Array.Copy(row, scratch, row.Length);
            scratch[expand.ToSlot] = new NodeRef(nodeId);
            yield return (scratch, count);
        }
    }

    public override string Describe() =>
        $"CountByExpandedNode({aggregate.Description}) {scan.Describe()} {expand.Describe()}";
}
