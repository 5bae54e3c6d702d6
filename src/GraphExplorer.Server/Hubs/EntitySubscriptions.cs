using System.Collections.Concurrent;

namespace GraphExplorer.Server.Hubs;

/// <summary>
/// Which hub connections asked to hear about which entities. A connection that joined no entity hears every
/// import; one that joined some hears only the imports that touch them, each once however many it touches.
/// (Tracked here rather than in SignalR groups because sending to several groups would repeat the message to a
/// connection in more than one of them.)
/// </summary>
public sealed class EntitySubscriptions
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byConnection = new(StringComparer.Ordinal);

    public void Join(string connectionId, string key) =>
        _byConnection.GetOrAdd(connectionId, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal))[key] = 0;

    public void Leave(string connectionId, string key)
    {
        if (!_byConnection.TryGetValue(connectionId, out var keys)) return;
        keys.TryRemove(key, out _);
        if (keys.IsEmpty) _byConnection.TryRemove(connectionId, out _);
    }

    public void Forget(string connectionId) => _byConnection.TryRemove(connectionId, out _);

    /// <summary>The connections that joined at least one entity.</summary>
    public IReadOnlyList<string> Subscribed() => _byConnection.Where(pair => !pair.Value.IsEmpty).Select(pair => pair.Key).ToList();

    /// <summary>The connections that joined at least one of <paramref name="keys"/>.</summary>
    public IReadOnlyList<string> Interested(IReadOnlySet<string> keys) =>
        _byConnection.Where(pair => pair.Value.Keys.Any(keys.Contains)).Select(pair => pair.Key).ToList();
}
