namespace GraphExplorer.Cypher.Execution;

/// <summary>A node while a query runs: only its id; labels and properties are read from the transaction on demand.</summary>
public sealed record NodeRef(long Id);
