namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>A relationship CREATE makes, from the node in StartSlot to the node in EndSlot.</summary>
public sealed record CreateRelationshipSpec(int Slot, int StartSlot, int EndSlot, string Type, Evaluator? Properties);
