using GraphExplorer.Cypher.Execution.Procedures;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>CALL proc(args) YIELD ...: one output row per procedure record, with the yielded fields in slots.</summary>
public sealed class ProcedureCall(ProcedureDefinition procedure, Evaluator[] arguments, int[] fieldIndexes, int[] slots) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            var values = new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++) values[i] = arguments[i](row, context);
            foreach (var record in procedure.Invoke(values, context))
            {
                context.Tick();
                var next = Copy(row);
                for (var i = 0; i < slots.Length; i++) next[slots[i]] = record[fieldIndexes[i]];
                yield return next;
            }
        }
    }

    public override string Describe() => $"ProcedureCall({procedure.Name})";
}
