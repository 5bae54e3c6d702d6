using System.Diagnostics;
using GraphExplorer.Benchmarks.Data;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Benchmarks.Loading;

/// <summary>
/// Loads the benchmark graph through the store's public write API (the path a bulk importer would take):
/// the same uniqueness constraints through Cypher, then nodes and relationships written by
/// <see cref="IGraphWriter"/> in transactions of <c>batchSize</c> rows, endpoints found through the store's :Label(id) index.
/// </summary>
public sealed class StoreLoader(IGraphDatabase database, IGraphStore store, BenchmarkData data, int batchSize, TextWriter log)
{
    public void Load()
    {
        var clock = Stopwatch.StartNew();
        foreach (var label in data.Manifest.NodeFiles.Keys)
            using (var result = database.Run($"CREATE CONSTRAINT {label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"))
                foreach (var _ in result) { }
        log.WriteLine($"load: schema {clock.Elapsed.TotalMilliseconds:F0} ms");

        clock.Restart();
        foreach (var (label, file) in data.Manifest.NodeFiles)
            LoadNodes(label, CsvTable.Open(data.PathOf(file.File)));
        log.WriteLine($"load: nodes {clock.Elapsed.TotalMilliseconds:F0} ms");

        clock.Restart();
        foreach (var file in data.Manifest.RelFiles)
            LoadRelationships(file, CsvTable.Open(data.PathOf(file.File)));
        log.WriteLine($"load: relationships {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    private void LoadNodes(string label, CsvTable table)
    {
        // Dates stay strings here: the store's value model has no temporal values yet.
        var kinds = table.Header.Select(NodeColumns.KindOf).ToArray();
        string[] labels = [label];
        InBatches(table, (writer, fields) =>
        {
            var properties = new Dictionary<string, object?>(fields.Length);
            for (var i = 0; i < fields.Length; i++) properties[table.Header[i]] = NodeColumns.ValueOf(kinds[i], fields[i]);
            writer.CreateNode(labels, properties);
        });
    }

    private void LoadRelationships(RelFile file, CsvTable table)
    {
        var none = new Dictionary<string, object?>();
        InBatches(table, (writer, fields) =>
            writer.CreateRelationship(Single(writer, file.From, fields[0]), Single(writer, file.To, fields[1]), file.Type, none));
    }

    private static long Single(IGraphReader reader, string label, string id)
    {
        var found = reader.FindNodes(label, "id", id) ?? throw new InvalidOperationException($"No index on :{label}(id).");
        foreach (var nodeId in found) return nodeId;
        throw new InvalidDataException($"No :{label} node with id {id}.");
    }

    private void InBatches(CsvTable table, Action<IWriteTransaction, string[]> write)
    {
        foreach (var batch in table.Batches(batchSize))
        {
            using var transaction = store.BeginWrite();
            foreach (var fields in batch) write(transaction, fields);
            transaction.Commit();
        }
    }
}
