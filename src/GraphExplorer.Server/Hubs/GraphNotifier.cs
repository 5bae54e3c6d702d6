using GraphExplorer.Importer;
using GraphExplorer.Server.Graph;
using GraphExplorer.Server.Search;
using Microsoft.AspNetCore.SignalR;

namespace GraphExplorer.Server.Hubs;

/// <summary>Tells connected browsers what an import changed.</summary>
public sealed class GraphNotifier(IHubContext<GraphHub> hub, EntitySubscriptions subscriptions, EntitySearchIndex index)
{
    public async Task BriefImportedAsync(ImportResult result, CancellationToken cancellation = default)
    {
        var message = new BriefImportedMessage(BriefReference.From(result.Brief), result.Nodes, result.Relationships);
        var subscribed = subscriptions.Subscribed();
        await hub.Clients.AllExcept(subscribed).SendAsync(GraphHub.BriefImported, message, cancellation);
        if (subscribed.Count == 0) return;
        var interested = subscriptions.Interested(TouchedKeys(result));
        if (interested.Count > 0) await hub.Clients.Clients(interested).SendAsync(GraphHub.BriefImported, message, cancellation);
    }

    public Task ImportProgressAsync(ImportProgress progress, CancellationToken cancellation = default) =>
        hub.Clients.All.SendAsync(GraphHub.ImportProgress, new ImportProgressMessage(progress.Done, progress.Total, progress.File), cancellation);

    /// <summary>The entities whose neighbourhood changed: those the import touched and both ends of every relation it touched.</summary>
    public IReadOnlySet<string> TouchedKeys(ImportResult result)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in result.Nodes)
            if (GraphValues.String(node.Properties, "key") is { } key) keys.Add(key);
        foreach (var relationship in result.Relationships)
        {
            if (index.ById(relationship.StartId)?.Key is { } start) keys.Add(start);
            if (index.ById(relationship.EndId)?.Key is { } end) keys.Add(end);
        }
        return keys;
    }
}
