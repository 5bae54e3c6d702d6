namespace GraphExplorer.Cypher.Execution.Functions;

/// <summary>Adds one function to the registry: name, minimum and maximum argument count, body.</summary>
public delegate void Registrar(string name, int min, int max, Func<object?[], QueryContext, object?> body);
