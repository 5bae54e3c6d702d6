using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Benchmarks;
using GraphExplorer.Benchmarks.Data;
using GraphExplorer.Benchmarks.Loading;
using GraphExplorer.Benchmarks.Queries;
using GraphExplorer.Cypher;

// GRAPH-SPEC.md's benchmark on the embedded database. Standard output carries only the spec's lines
// (LOAD, RESULT, FAIL, PEAK_RSS_MB); diagnostics go to standard error.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchmarkOptions.Parse(args);
var log = Console.Error;
var data = BenchmarkData.Prepare(options);
var failures = 0;

var clock = Stopwatch.StartNew();
var loadCpu = Process.GetCurrentProcess().TotalProcessorTime;
log.WriteLine($"load: through the {(options.Load == "store" ? "store's write API" : "Cypher API (UNWIND batches)")}, {options.BatchSize} rows per transaction");
// In memory, like Kuzu's ':memory:' database in run-bench.
using var database = EmbeddedDatabase.InMemory();
if (options.Load == "store") new StoreLoader(database, database.Store, data, options.BatchSize, log).Load();
else new CypherLoader(database, data, options.BatchSize, log).Load();
Console.WriteLine($"LOAD {clock.Elapsed.TotalMilliseconds:F1}");
log.WriteLine($"load: cpu {(Process.GetCurrentProcess().TotalProcessorTime - loadCpu).TotalMilliseconds:F0} ms, peak RSS so far {PeakMemory.Megabytes()} MB");
log.WriteLine($"load: live managed heap after a full collection {GC.GetTotalMemory(forceFullCollection: true) >> 20} MB");

foreach (var problem in new LoadCheck(database, data.Manifest).Problems())
{
    Console.WriteLine($"FAIL LOAD {problem}");
    failures++;
}

var runner = new QueryRunner(database, options.Runs);
var queries = options.AdHoc.Count > 0 ? BenchmarkQueries.AdHoc(data, options.AdHoc) : BenchmarkQueries.For(data);
foreach (var query in queries)
{
    if (options.Only is not null && !options.Only.Contains(query.Id)) continue;
    if (options.Explain) log.WriteLine(new QueryPlan(database, query).Text());
    var m = runner.Measure(query);
    if (m.Milliseconds.Count > 0) Console.WriteLine($"RESULT {m.Id} {m.Median:F3} {m.Rows}");
    log.WriteLine($"{m.Id,-8} median {m.Median,10:F3} ms (run {m.MedianRun:F3}, cpu {m.MedianCpu:F1})  warm-up {m.WarmUpMilliseconds,10:F3} ms  min {(m.Milliseconds.Count > 0 ? m.Milliseconds.Min() : double.NaN):F3}  rows {m.Rows}");
    if (m.Failure is null) continue;
    Console.WriteLine($"FAIL {m.Id} {m.Failure}");
    failures++;
}

Console.WriteLine($"PEAK_RSS_MB {PeakMemory.Megabytes()}");
return failures == 0 ? 0 : 1;
