namespace GraphExplorer.Benchmarks.Queries;

/// <summary>
/// One query of GRAPH-SPEC.md, under the id Kuzu's bench.js prints for it, with its parameters and a check
/// that returns a description of what is wrong with an answer, or null when the answer is right.
/// </summary>
public sealed record BenchmarkQuery(
    string Id, string Text, IReadOnlyDictionary<string, object?> Parameters, Func<IReadOnlyList<object?[]>, string?> Check);
