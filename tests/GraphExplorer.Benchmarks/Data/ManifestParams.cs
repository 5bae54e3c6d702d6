namespace GraphExplorer.Benchmarks.Data;

/// <summary>The query parameters graphgen.js chose for this scale.</summary>
public sealed record ManifestParams(string Q1Name, string Q1Id, string HotId, string MidId, string Q4From, string Q4To);
