using GraphExplorer.Graph.Values;
using GraphExplorer.Server.Graph;
using GraphExplorer.Server.Options;
using GraphExplorer.Server.Queries;
using GraphExplorer.Server.Search;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Entities;

/// <summary>What the entity endpoints read: search, one entity, its neighbourhood.</summary>
public sealed class EntityReads(GraphQueries queries, EntitySearchIndex index, IOptions<GraphExplorerOptions> options)
{
    private readonly GraphExplorerOptions _options = options.Value;

    public IReadOnlyList<EntityEntry> Search(string? q, string? type, int? limit)
    {
        var count = Math.Clamp(limit ?? _options.DefaultSearchLimit, 1, _options.MaxSearchLimit);
        return string.IsNullOrWhiteSpace(q) ? [] : index.Search(q, string.IsNullOrWhiteSpace(type) ? null : type, count);
    }

    public Node? Find(string key, CancellationToken cancellation) =>
        queries.Rows("entity", GraphQueries.With("key", key), cancellation).Select(row => row[0]).OfType<Node>().FirstOrDefault();

    public EntityDetail? Detail(string key, CancellationToken cancellation)
    {
        if (Find(key, cancellation) is not { } node) return null;
        var parameters = GraphQueries.With("key", key);
        var counts = queries.Rows("entity-relationship-counts", parameters, cancellation)
            .ToDictionary(row => (string)row[0]!, row => GraphValues.Long(row[1]), StringComparer.Ordinal);
        var briefs = queries.Rows("entity-briefs", parameters, cancellation)
            .Select(row => (Brief: (Node)row[0]!, Count: row[1] is null ? 1 : GraphValues.Long(row[1])))
            .OrderByDescending(mention => GraphValues.Value(mention.Brief.Properties, "importedAt")?.ToString(), StringComparer.Ordinal)
            .ToList();
        var p = node.Properties;
        return new EntityDetail(key, GraphValues.String(p, "name"), GraphValues.EntityType(node), GraphValues.Strings(p, "aliases"),
            GraphValues.String(p, "description"), GraphValues.Value(p, "firstSeen"), GraphValues.Value(p, "lastSeen"), node,
            briefs.Sum(mention => mention.Count), counts, briefs.Select(mention => BriefReference.From(mention.Brief)).ToList());
    }

    public Neighbourhood? Neighbours(string key, NeighbourFilter filter, CancellationToken cancellation)
    {
        if (Find(key, cancellation) is not { } center) return null;
        var types = NeighbourFilter.Split(filter.Types);
        var relTypes = NeighbourFilter.Split(filter.RelTypes);
        var limit = Math.Clamp(filter.Limit ?? _options.DefaultNeighbourLimit, 0, _options.MaxNeighbourLimit);
        var offset = Math.Max(filter.Offset ?? 0, 0);

        var byNeighbour = new Dictionary<long, (Node Node, List<Relationship> Relationships)>();
        foreach (var row in queries.Stream("entity-neighbours", GraphQueries.With("key", key), cancellation))
        {
            if (row[0] is not Relationship relationship || row[1] is not Node neighbour) continue;
            if (relTypes is not null && !relTypes.Contains(relationship.Type)) continue;
            if (types is not null && !neighbour.Labels.Any(types.Contains)) continue;
            if (!byNeighbour.TryGetValue(neighbour.Id, out var entry)) byNeighbour[neighbour.Id] = entry = (neighbour, []);
            if (entry.Relationships.All(known => known.Id != relationship.Id)) entry.Relationships.Add(relationship);
        }
        // Most connected neighbours first, so the first page shows the ones that matter most.
        var page = byNeighbour.Values
            .OrderByDescending(entry => index.ById(entry.Node.Id)?.Degree ?? 0)
            .ThenBy(entry => GraphValues.String(entry.Node.Properties, "key"), StringComparer.Ordinal)
            .Skip(offset).Take(limit).ToList();
        return new Neighbourhood(center, page.Select(entry => entry.Node).ToList(),
            page.SelectMany(entry => entry.Relationships).ToList(), byNeighbour.Count, offset, limit);
    }
}
