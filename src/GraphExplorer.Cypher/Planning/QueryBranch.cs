using GraphExplorer.Cypher.Execution.Operators;

namespace GraphExplorer.Cypher.Planning;

/// <summary>One single query of a (possibly UNION) query: its pipeline and the slots of its result columns.</summary>
public sealed record QueryBranch(Pipeline Pipeline, int[] OutputSlots);
