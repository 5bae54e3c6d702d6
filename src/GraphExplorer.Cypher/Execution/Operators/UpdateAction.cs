namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>One compiled SET or REMOVE item, applied to a row.</summary>
public delegate void UpdateAction(object?[] row, QueryContext context);
