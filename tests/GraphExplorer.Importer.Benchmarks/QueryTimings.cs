using System.Diagnostics;
using GraphExplorer.Importer.Writing;

namespace GraphExplorer.Importer.Benchmarks;

/// <summary>Time spent per import query file, to tell which query holds the import back. Safe to share between threads.</summary>
internal sealed class QueryTimings
{
    private static readonly string[] Files =
    [
        "find-brief", "create-brief", "merge-entities", "merge-relations",
    ];

    private static readonly Dictionary<string, string> FileByFirstLine = Files.ToDictionary(
        file => FirstLine(CypherResources.Load($"cypher/import/{file}.cypher")), file => file, StringComparer.Ordinal);

    private readonly Dictionary<string, (int Calls, long Ticks)> _byFile = new(StringComparer.Ordinal);

    public T Measure<T>(string query, Func<T> run)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return run();
        }
        finally
        {
            var name = FileByFirstLine.GetValueOrDefault(FirstLine(query), query == "commit" ? "commit" : "other");
            var elapsed = Stopwatch.GetTimestamp() - started;
            lock (_byFile)
            {
                var (calls, ticks) = _byFile.GetValueOrDefault(name);
                _byFile[name] = (calls + 1, ticks + elapsed);
            }
        }
    }

    public void Clear() => _byFile.Clear();

    public IEnumerable<(string File, int Calls, TimeSpan Total)> Rows() =>
        _byFile.OrderByDescending(pair => pair.Value.Ticks)
            .Select(pair => (pair.Key, pair.Value.Calls, Stopwatch.GetElapsedTime(0, pair.Value.Ticks)));

    private static string FirstLine(string query) => query.Split('\n', 2)[0].Trim();
}
