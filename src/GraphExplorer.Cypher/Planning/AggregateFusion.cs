using GraphExplorer.Cypher.Execution.Operators;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Replaces a node scan followed by an expand and a count(*) grouped by the expanded node with one
/// <see cref="CountByExpandedNode"/> operator, which counts without building a row per relationship.
/// </summary>
public static class AggregateFusion
{
    public static void Add(List<Operator> operators, Aggregate aggregate)
    {
        if (operators.Count >= 2 && operators[^2] is NodeScan scan && operators[^1] is Expand expand
            && expand.ExpandsFreshlyFrom(scan.Slot) && aggregate.CountsRowsPerEntityIn(expand.ToSlot))
        {
            operators.RemoveRange(operators.Count - 2, 2);
            operators.Add(new CountByExpandedNode(scan, expand, aggregate));
            return;
        }
        operators.Add(aggregate);
    }
}
