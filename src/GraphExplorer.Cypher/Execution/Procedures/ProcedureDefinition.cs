namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>A built-in procedure: its name, argument names, output fields, and body producing records (values in field order).</summary>
public sealed record ProcedureDefinition(string Name, IReadOnlyList<string> Arguments, IReadOnlyList<string> Fields,
    Func<object?[], QueryContext, IEnumerable<object?[]>> Invoke);
