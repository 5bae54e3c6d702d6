using System.Collections.Concurrent;

namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// One shared instance of every label, type and property key, so stored elements share strings and
/// adjacency groups are found by reference. Tokens are only ever added.
/// </summary>
internal sealed class TokenTable
{
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public string Intern(string token) => _tokens.GetOrAdd(token, token);

    /// <summary>The shared instance, or the argument itself when the token was never stored.</summary>
    public string Lookup(string token) => _tokens.TryGetValue(token, out var interned) ? interned : token;
}
