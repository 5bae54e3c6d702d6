namespace GraphExplorer.Cypher.Ast;

/// <summary>*min..max, either bound open.</summary>
public sealed record VariableLength(long? Min, long? Max);
