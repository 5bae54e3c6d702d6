using Microsoft.AspNetCore.SignalR;

namespace GraphExplorer.Server.Hubs;

/// <summary>
/// Live updates at <c>/hubs/graph</c>: the server sends <c>briefImported</c> after every committed import and
/// <c>importProgress</c> during multi-file imports; a client may narrow what it hears to entities it joins.
/// </summary>
public sealed class GraphHub(EntitySubscriptions subscriptions) : Hub
{
    public const string Path = "/hubs/graph";
    public const string BriefImported = "briefImported";
    public const string ImportProgress = "importProgress";

    public void JoinEntity(string key) => subscriptions.Join(Context.ConnectionId, key);

    public void LeaveEntity(string key) => subscriptions.Leave(Context.ConnectionId, key);

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        subscriptions.Forget(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
