namespace GraphExplorer.Benchmarks.Data;

/// <summary>A Q5 answer row.</summary>
public sealed record RankedEntity(string Id, string Name, long C);
