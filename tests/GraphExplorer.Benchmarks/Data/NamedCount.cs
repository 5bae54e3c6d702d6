namespace GraphExplorer.Benchmarks.Data;

/// <summary>A Q6 answer row.</summary>
public sealed record NamedCount(string Name, long C);
