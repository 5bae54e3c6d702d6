using GraphExplorer.Graph.Values;
using GraphExplorer.Server.Graph;
using GraphExplorer.Server.Queries;

namespace GraphExplorer.Server.Search;

/// <summary>Fills the search index from the graph: all of it on start, the touched entities after an import.</summary>
public sealed class SearchIndexLoader(GraphQueries queries, EntitySearchIndex index)
{
    public void LoadAll(CancellationToken cancellation = default) =>
        index.Replace(ToEntries(queries.Stream("search-entities", cancellation: cancellation)));

    public void Refresh(IReadOnlyCollection<string> keys, CancellationToken cancellation = default)
    {
        if (keys.Count == 0) return;
        var rows = queries.Stream("search-entities-by-key", GraphQueries.With("keys", keys.ToList()), cancellation);
        index.Upsert(ToEntries(rows).ToList());
    }

    private static IEnumerable<EntityEntry> ToEntries(IEnumerable<object?[]> rows)
    {
        foreach (var row in rows)
        {
            if (row[0] is not Node node || GraphValues.String(node.Properties, "key") is not { } key) continue;
            var name = GraphValues.String(node.Properties, "name") ?? key;
            yield return new EntityEntry(node.Id, key, name, GraphValues.EntityType(node),
                GraphValues.Strings(node.Properties, "aliases"), GraphValues.Long(row[1]));
        }
    }
}
