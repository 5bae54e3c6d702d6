using System.Diagnostics;
using GraphExplorer.Benchmarks.Data;
using GraphExplorer.Graph;

namespace GraphExplorer.Benchmarks.Loading;

/// <summary>
/// Loads the benchmark graph through the public Cypher API only: a uniqueness constraint on :Label(id) for
/// every label, then each CSV in batches of <c>UNWIND $rows AS row CREATE …</c> (nodes) and
/// <c>UNWIND $rows AS row MATCH (a:From {id: row.from}) MATCH (b:To {id: row.to}) CREATE (a)-[:T]->(b)</c>
/// (relationships), one auto-commit transaction per batch.
/// </summary>
public sealed class CypherLoader(IGraphDatabase database, BenchmarkData data, int batchSize, TextWriter log)
{
    public void Load()
    {
        var useDates = SupportsDates();
        if (!useDates) log.WriteLine("note: the engine cannot store dates; date columns are loaded as strings");
        var clock = Stopwatch.StartNew();
        foreach (var label in data.Manifest.NodeFiles.Keys)
            Consume(database.Run($"CREATE CONSTRAINT {label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"));
        log.WriteLine($"load: schema {clock.Elapsed.TotalMilliseconds:F0} ms");

        clock.Restart();
        foreach (var (label, file) in data.Manifest.NodeFiles)
            LoadNodes(label, CsvTable.Open(data.PathOf(file.File)), useDates);
        log.WriteLine($"load: nodes {clock.Elapsed.TotalMilliseconds:F0} ms");

        clock.Restart();
        foreach (var file in data.Manifest.RelFiles)
            LoadRelationships(file, CsvTable.Open(data.PathOf(file.File)));
        log.WriteLine($"load: relationships {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>Whether a date can be stored as a property (computing one is not enough), tried in a transaction that is rolled back.</summary>
    private bool SupportsDates()
    {
        try
        {
            using var probe = database.BeginTransaction(AccessMode.Write);
            Consume(probe.Run("CREATE (:DateProbe {d: date('2020-01-01')})"));
            probe.Rollback();
            return true;
        }
        catch (GraphDatabaseException)
        {
            return false;
        }
    }

    private void LoadNodes(string label, CsvTable table, bool useDates)
    {
        var kinds = table.Header.Select(NodeColumns.KindOf).ToArray();
        var properties = table.Header.Select((column, i) =>
            kinds[i] == ColumnKind.Date && useDates ? $"{column}: date(row.{column})" : $"{column}: row.{column}");
        var query = $"UNWIND $rows AS row CREATE (:{label} {{{string.Join(", ", properties)}}})";
        RunBatches(query, table, fields =>
        {
            var row = new Dictionary<string, object?>(fields.Length);
            for (var i = 0; i < fields.Length; i++) row[table.Header[i]] = NodeColumns.ValueOf(kinds[i], fields[i]);
            return row;
        });
    }

    private void LoadRelationships(RelFile file, CsvTable table)
    {
        var query = $"UNWIND $rows AS row MATCH (a:{file.From} {{id: row.from}}) MATCH (b:{file.To} {{id: row.to}}) CREATE (a)-[:{file.Type}]->(b)";
        RunBatches(query, table, fields => new Dictionary<string, object?>(2) { ["from"] = fields[0], ["to"] = fields[1] });
    }

    private void RunBatches(string query, CsvTable table, Func<string[], Dictionary<string, object?>> toRow)
    {
        foreach (var batch in table.Batches(batchSize))
        {
            var rows = new List<object?>(batch.Count);
            foreach (var fields in batch) rows.Add(toRow(fields));
            Consume(database.Run(query, new Dictionary<string, object?> { ["rows"] = rows }));
        }
    }

    private static void Consume(IQueryResult result)
    {
        using (result)
            foreach (var _ in result) { }
    }
}
