using GraphExplorer.Cypher.Execution;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Storage;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher;

/// <summary>Runs a compiled statement in an open transaction and materialises its result.</summary>
public static class StatementRunner
{
    public static MaterializedResult Run(CompiledStatement statement, IGraphReader reader, IGraphWriter? writer,
        IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellation)
    {
        if (statement.Explain)
            return new MaterializedResult(["plan"], [[statement.Plan!.Describe()]], QueryKind.ReadOnly, QueryStats.None);
        if (statement.Schema is not null) return SchemaCommandRunner.Run(statement.Schema, reader, writer);
        var plan = statement.Plan!;
        var normalized = Normalize(parameters);
        foreach (var name in plan.ParameterNames)
        {
            if (!normalized.ContainsKey(name))
                throw new GraphDatabaseException(StatusCodes.ParameterMissing, $"Expected parameter(s): {name}", "MissingParameter", ErrorPhase.CompileTime);
        }
        var context = new QueryContext(reader, writer, normalized, plan.SlotCount, cancellation);
        var rows = new List<object?[]>();
        foreach (var row in plan.Execute(context))
        {
            if (plan.Columns.Count == 0) continue;
            var output = new object?[row.Length];
            for (var i = 0; i < row.Length; i++) output[i] = ResultConverter.ToPublic(row[i], reader, context);
            rows.Add(output);
        }
        writer?.ValidateDeletions();
        return new MaterializedResult(plan.Columns, rows, plan.Kind, context.Stats.ToStats());
    }

    private static IReadOnlyDictionary<string, object?> Normalize(IReadOnlyDictionary<string, object?>? parameters)
    {
        if (parameters is null || parameters.Count == 0) return new Dictionary<string, object?>();
        return CypherValues.NormalizeMap(parameters);
    }
}
