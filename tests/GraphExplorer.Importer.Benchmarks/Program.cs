using GraphExplorer.Importer.Benchmarks;

// Importer throughput on briefs generated from the seed briefs (names swapped so the graph keeps growing):
// extraction alone on one core, then end-to-end import into the embedded database, in memory and on disk.
// dotnet run --project tests/GraphExplorer.Importer.Benchmarks -c Release [-- --briefs N] [--no-disk] [--writes-only]
// Tiered compilation is off for this host (see the project file): with it, about half the processor time at a
// thousand briefs was the JIT re-compiling hot methods, not the importer.
var options = BenchmarkOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: GraphExplorer.Importer.Benchmarks [--briefs N] [--no-disk] [--writes-only]");
    return 2;
}
return new ImportBenchmark(options).Run(Console.Out);
