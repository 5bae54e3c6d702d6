namespace GraphExplorer.Cypher.Execution.Functions;

/// <summary>A scalar function: its name, how many arguments it takes, and its body over evaluated arguments.</summary>
public sealed record FunctionDefinition(string Name, int MinArguments, int MaxArguments, Func<object?[], QueryContext, object?> Body);
