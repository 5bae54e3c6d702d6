namespace GraphExplorer.Cypher.Execution;

/// <summary>A compiled expression: computes its value for one row.</summary>
public delegate object? Evaluator(object?[] row, QueryContext context);
