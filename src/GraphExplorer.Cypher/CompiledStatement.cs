using GraphExplorer.Cypher.Ast;
using GraphExplorer.Cypher.Planning;

namespace GraphExplorer.Cypher;

/// <summary>A statement ready to run: a query plan, a schema command, or an EXPLAIN of a plan.</summary>
public sealed record CompiledStatement(ExecutionPlan? Plan, SchemaCommand? Schema, bool Explain)
{
    public bool Writes => Explain ? false : Schema is not null ? Execution.SchemaCommandRunner.Writes(Schema) : Plan!.Writes;
}
