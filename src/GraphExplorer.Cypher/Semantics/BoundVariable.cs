namespace GraphExplorer.Cypher.Semantics;

/// <summary>A variable in scope: the row slot that holds it and what it holds.</summary>
public sealed record BoundVariable(string Name, int Slot, VariableKind Kind);
