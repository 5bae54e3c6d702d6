namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>A node CREATE makes (or, when Bound, an existing node it connects to).</summary>
public sealed record CreateNodeSpec(int Slot, bool Bound, IReadOnlyList<string> Labels, Evaluator? Properties);
