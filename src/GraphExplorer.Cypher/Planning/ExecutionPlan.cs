using System.Text;
using GraphExplorer.Cypher.Execution;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Planning;

/// <summary>A compiled query, reusable across runs with different parameters.</summary>
public sealed class ExecutionPlan(IReadOnlyList<string> columns, IReadOnlyList<QueryBranch> branches, bool distinctUnion, int slotCount,
    QueryKind kind, IReadOnlySet<string> parameterNames)
{
    public IReadOnlyList<string> Columns { get; } = columns;
    public IReadOnlyList<QueryBranch> Branches { get; } = branches;
    public int SlotCount { get; } = slotCount;
    public QueryKind Kind { get; } = kind;
    public bool Writes => Kind != QueryKind.ReadOnly;
    public IReadOnlySet<string> ParameterNames { get; } = parameterNames;

    /// <summary>Runs the plan; rows hold runtime values in column order.</summary>
    public IEnumerable<object?[]> Execute(QueryContext context)
    {
        var seen = distinctUnion ? new HashSet<object?[]>(RowKeyComparer.Instance) : null;
        foreach (var branch in Branches)
        {
            foreach (var row in branch.Pipeline.RunOne(context.NewRow(), context))
            {
                var output = new object?[branch.OutputSlots.Length];
                for (var i = 0; i < output.Length; i++) output[i] = row[branch.OutputSlots[i]];
                if (seen is null || seen.Add(output)) yield return output;
            }
        }
    }

    public string Describe()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Branches.Count; i++)
        {
            if (i > 0) text.Append(distinctUnion ? "+Union\n" : "+UnionAll\n");
            text.Append("+ProduceResults(").Append(string.Join(", ", Columns)).Append(")\n");
            Branches[i].Pipeline.Describe(text, 0);
        }
        return text.ToString();
    }
}
