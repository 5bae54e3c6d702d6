using System.Collections.Concurrent;

namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>
/// One shared instance of every label, type and property key, so stored elements share strings and
/// adjacency groups are found by reference. Tokens are only ever added.
/// </summary>
internal sealed class TokenTable
{
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _sets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _typeIds = new(StringComparer.Ordinal);
    private readonly Lock _typeLock = new();
    private volatile string[] _typeNames = new string[16];
    private int _typeCount;

    /// <summary>The small number standing for a relationship type inside adjacency blocks, assigned on first use.</summary>
    public int TypeId(string type)
    {
        if (_typeIds.TryGetValue(type, out var id)) return id;
        lock (_typeLock)
        {
            if (_typeIds.TryGetValue(type, out id)) return id;
            id = _typeCount;
            var names = _typeNames;
            if (id == names.Length) Array.Resize(ref names, id * 2);
            names[id] = Intern(type);
            _typeNames = names;
            _typeCount = id + 1;
            _typeIds[type] = id;
            return id;
        }
    }

    /// <summary>The id of a type that has been used, or -1.</summary>
    public int FindTypeId(string type) => _typeIds.TryGetValue(type, out var id) ? id : -1;

    public string TypeName(int id) => _typeNames[id];

    public string Intern(string token) => _tokens.GetOrAdd(token, token);

    /// <summary>
    /// One shared array for each distinct sequence of tokens (a node's labels, a property bag's keys):
    /// millions of elements have the same few, and the arrays are never changed.
    /// </summary>
    public string[] Set(string[] tokens)
    {
        if (tokens.Length == 0) return [];
        for (var i = 0; i < tokens.Length; i++) tokens[i] = Intern(tokens[i]);
        var key = tokens.Length == 1 ? tokens[0] : string.Join('\u0001', tokens);
        return _sets.GetOrAdd(key, tokens);
    }

    /// <summary>The shared instance, or the argument itself when the token was never stored.</summary>
    public string Lookup(string token) => _tokens.TryGetValue(token, out var interned) ? interned : token;
}
