namespace GraphExplorer.Benchmarks.Data;

/// <summary>The Q5 and Q6 answers graphgen.js computed while generating.</summary>
public sealed record ManifestExpected(IReadOnlyList<RankedEntity> Q5Top10, IReadOnlyList<NamedCount> Q6Hot, IReadOnlyList<NamedCount> Q6Mid);
