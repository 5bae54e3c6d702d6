using System.Diagnostics;
using GraphExplorer.Graph;

namespace GraphExplorer.Server.Benchmarks;

/// <summary>
/// Loads the GRAPH-SPEC benchmark graph (the CSVs of shared/bench/graphgen.js) into a server data directory in
/// GraphExplorer's own model, so the server's named queries run on it unchanged: entities become
/// <c>(:Entity:Label {key: id, name})</c>, briefs <c>(:Brief {key, title, importedAt, publishedAt})</c>, relation
/// files the relationships of their type. Batches of UNWIND through Cypher, one transaction each.
/// </summary>
public sealed class BenchmarkGraphLoader(IGraphDatabase database, string csvDirectory, TextWriter log, int batchSize = 5000)
{
    private static readonly string[] EntityLabels = ["Person", "Organization", "Country", "Event", "Outlet"];

    public void Load()
    {
        var clock = Stopwatch.StartNew();
        foreach (var label in EntityLabels)
        {
            RunBatches($"UNWIND $rows AS row CREATE (:Entity:{label} {{key: row.id, name: row.name}})",
                Rows(Path.Combine(csvDirectory, label + ".csv"), fields => new() { ["id"] = fields[0], ["name"] = fields[1] }));
        }
        RunBatches("UNWIND $rows AS row CREATE (:Brief {key: row.id, title: row.title, importedAt: row.published, publishedAt: row.published})",
            Rows(Path.Combine(csvDirectory, "Brief.csv"), fields => new() { ["id"] = fields[0], ["title"] = fields[1], ["published"] = fields[2] }));
        log.WriteLine($"nodes loaded in {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        foreach (var file in Directory.GetFiles(Path.Combine(csvDirectory, "rels"), "*.csv").Order(StringComparer.Ordinal))
        {
            var parts = Path.GetFileNameWithoutExtension(file).Split("__");
            var query = parts[0] == "MENTIONS"
                ? "UNWIND $rows AS row MATCH (a:Brief {key: row.from}) MATCH (b:Entity {key: row.to}) CREATE (a)-[:MENTIONS {count: 1}]->(b)"
                : $"UNWIND $rows AS row MATCH (a:Entity {{key: row.from}}) MATCH (b:Entity {{key: row.to}}) CREATE (a)-[:{parts[0]} {{briefs: [], sentences: [], outlets: []}}]->(b)";
            RunBatches(query, Rows(file, fields => new() { ["from"] = fields[0], ["to"] = fields[1] }));
        }
        log.WriteLine($"relationships loaded in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static IEnumerable<Dictionary<string, object?>> Rows(string file, Func<string[], Dictionary<string, object?>> map) =>
        File.ReadLines(file).Skip(1).Where(line => line.Length > 0).Select(line => map(line.Split(',')));

    private void RunBatches(string query, IEnumerable<Dictionary<string, object?>> rows)
    {
        foreach (var batch in rows.Chunk(batchSize))
        {
            using var result = database.Run(query, new Dictionary<string, object?> { ["rows"] = batch });
            foreach (var _ in result) { }
        }
    }
}
