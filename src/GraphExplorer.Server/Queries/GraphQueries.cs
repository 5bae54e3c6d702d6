using GraphExplorer.Graph;

namespace GraphExplorer.Server.Queries;

/// <summary>Runs a named read query and hands back its rows, consumed while the result is open.</summary>
public sealed class GraphQueries(IGraphDatabase database)
{
    public IGraphDatabase Database => database;

    public List<object?[]> Rows(string name, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellation = default)
    {
        using var result = database.Run(NamedQueries.Get(name), parameters, AccessMode.Read, cancellation);
        return result.ToList();
    }

    public IEnumerable<object?[]> Stream(string name, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellation = default)
    {
        using var result = database.Run(NamedQueries.Get(name), parameters, AccessMode.Read, cancellation);
        foreach (var row in result) yield return row;
    }

    public static Dictionary<string, object?> With(string name, object? value) => new() { [name] = value };
}
