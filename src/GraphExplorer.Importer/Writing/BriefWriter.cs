using System.Globalization;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Writing;

/// <summary>
/// Writes one extracted brief into the graph in one write transaction with the Cypher of cypher/import/:
/// the brief and its sentences, its entities (merged by key, with MENTIONS) and its relations (merged per
/// source, type and target, with evidence). Any failure rolls the whole brief back.
/// </summary>
public sealed class BriefWriter(IGraphDatabase database)
{
    /// <summary>The brief with this content key, when it has been imported before.</summary>
    public Node? FindBrief(string briefKey, CancellationToken cancellation = default)
    {
        using var result = database.Run(ImportQueries.FindBrief, new Dictionary<string, object?> { ["key"] = briefKey },
            AccessMode.Read, cancellation);
        return result.Select(record => record[0]).OfType<Node>().FirstOrDefault();
    }

    public ImportResult Write(string briefKey, string file, BriefExtraction extraction, DateTimeOffset importedAt,
        CancellationToken cancellation = default)
    {
        var rows = BriefRows.Build(briefKey, extraction);
        var seen = Timestamp(importedAt);
        using var transaction = database.BeginTransaction(AccessMode.Write, cancellation);

        var known = Records(transaction, ImportQueries.FindBrief, new() { ["key"] = briefKey }, cancellation);
        if (known.Count > 0)
        {
            transaction.Rollback();
            return Skipped(briefKey, (Node)known[0][0]!);
        }

        var brief = (Node)Records(transaction, ImportQueries.CreateBrief, new()
        {
            ["key"] = briefKey,
            ["title"] = extraction.Brief.Title,
            ["file"] = file,
            ["importedAt"] = seen,
            ["publishedAt"] = extraction.Brief.PublishedAt is { } published ? Timestamp(published) : null,
            ["sentences"] = rows.Sentences,
        }, cancellation)[0][0]!;

        var (nodes, entitiesAdded) = Merge<Node>(transaction,
            rows.Entities.Select(group => (ImportQueries.MergeEntities(group.Key), group.Value)), briefKey, seen, cancellation);
        var (relationships, relationshipsAdded) = Merge<Relationship>(transaction,
            rows.Relations.Select(group => (ImportQueries.MergeRelations(group.Key), group.Value)), briefKey, seen, cancellation);

        transaction.Commit();
        return new ImportResult(brief, briefKey, extraction.Brief.Title, file, Skipped: false,
            entitiesAdded, relationshipsAdded, nodes, relationships);
    }

    /// <summary>
    /// Runs one merge query per label or relationship type (neither can be a parameter) and gathers what they
    /// return: the merged element and whether this brief added it.
    /// </summary>
    private static (List<T> Merged, int Added) Merge<T>(IGraphTransaction transaction,
        IEnumerable<(string Query, List<Dictionary<string, object?>> Rows)> groups, string briefKey, string seen,
        CancellationToken cancellation)
    {
        var merged = new List<T>();
        var added = 0;
        foreach (var (query, rows) in groups)
        {
            foreach (var record in Records(transaction, query, new()
                     {
                         ["briefKey"] = briefKey,
                         ["seen"] = seen,
                         ["rows"] = rows,
                     }, cancellation))
            {
                merged.Add((T)record[0]!);
                if (record[1] is true) added++;
            }
        }
        return (merged, added);
    }

    private static List<object?[]> Records(IGraphTransaction transaction, string query, Dictionary<string, object?> parameters,
        CancellationToken cancellation)
    {
        using var result = transaction.Run(query, parameters, cancellation);
        return result.ToList();
    }

    /// <summary>The result for a brief whose content was imported before: nothing added or changed.</summary>
    public static ImportResult Skipped(string briefKey, Node brief) => new(
        brief, briefKey,
        brief.Properties.GetValueOrDefault("title") as string ?? "",
        brief.Properties.GetValueOrDefault("file") as string ?? "",
        Skipped: true, EntitiesAdded: 0, RelationshipsAdded: 0, Nodes: [], Relationships: []);

    /// <summary>ISO 8601 in UTC: sorts as text and reads the same on the embedded database and on Neo4j.</summary>
    public static string Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
