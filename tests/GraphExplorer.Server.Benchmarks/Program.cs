using GraphExplorer.Cypher;
using GraphExplorer.Importer;
using GraphExplorer.Server.Benchmarks;

// The server benchmark of issue 4 (see README.md beside this file):
//   load <csv-dir> <data-dir>        put the benchmark graph into a data directory the server can open
//   hub <server-url> <clients> <warm-up-brief> <brief>   SignalR fan-out: delay from an import's commit to every client
if (args is ["hub", var url, var count, var warmUp, var brief])
    return await new HubFanOut(new Uri(url), int.Parse(count), warmUp, brief, Console.Out).RunAsync();
if (args is not ["load", var csvDirectory, var dataDirectory])
{
    Console.Error.WriteLine("usage: load <csv-dir from shared/bench/graphgen.js> <data-dir> | hub <server-url> <clients> <warm-up-brief> <brief>");
    return 2;
}
if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any())
{
    Console.Error.WriteLine($"{dataDirectory} is not empty; the benchmark graph is loaded into a fresh directory.");
    return 2;
}
Directory.CreateDirectory(dataDirectory);
using var database = EmbeddedDatabase.Open(dataDirectory);
new BriefImporter(database).EnsureSchema();
new BenchmarkGraphLoader(database, csvDirectory, Console.Error).Load();
return 0;
