using GraphExplorer.Importer.Benchmarks;

// Importer throughput on briefs generated from the seed briefs (names swapped so the graph keeps growing):
// extraction alone on one core, then end-to-end import into the embedded database, in memory and on disk.
// dotnet run --project tests/GraphExplorer.Importer.Benchmarks -c Release [-- --briefs N] [--no-disk] [--writes-only]
// At a thousand briefs about half the processor time is tiered JIT (tier-0 code, then re-compiling hot methods);
// with DOTNET_TieredCompilation=0 in the environment the figures are the steady state, and steady enough to
// compare two versions of the import Cypher.
var options = BenchmarkOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: GraphExplorer.Importer.Benchmarks [--briefs N] [--no-disk] [--writes-only]");
    return 2;
}
return new ImportBenchmark(options).Run(Console.Out);
