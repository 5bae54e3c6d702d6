namespace GraphExplorer.Benchmarks.Data;

/// <summary>Node and relationship totals, checked after loading.</summary>
public sealed record ManifestCounts(int Nodes, int EntityRelations, int Mentions);
