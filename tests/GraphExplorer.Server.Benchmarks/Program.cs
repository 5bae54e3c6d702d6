using GraphExplorer.Cypher;
using GraphExplorer.Importer;
using GraphExplorer.Server.Benchmarks;

// The server benchmark of issue 4, step one: put the benchmark graph into a data directory the server can open.
//   dotnet run -c Release --project tests/GraphExplorer.Server.Benchmarks -- load <csv-dir> <data-dir>
// Then start the server on that directory and measure with wrk (see README.md beside this file).
if (args is not ["load", var csvDirectory, var dataDirectory])
{
    Console.Error.WriteLine("usage: load <csv-dir from shared/bench/graphgen.js> <data-dir>");
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
