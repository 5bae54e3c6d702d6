namespace GraphExplorer.Benchmarks.Data;

/// <summary>The parts of graphgen.js's manifest.json the benchmark uses.</summary>
public sealed record Manifest(
    int Entities,
    int Briefs,
    IReadOnlyDictionary<string, NodeFile> NodeFiles,
    IReadOnlyList<RelFile> RelFiles,
    ManifestCounts Counts,
    ManifestParams Params,
    ManifestExpected Expected);
