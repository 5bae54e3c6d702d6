using System.Globalization;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>Runs queries on an in-memory database and renders results as compact text tables for assertions.</summary>
public sealed class QueryRunner : IDisposable
{
    private readonly EmbeddedDatabase _database = EmbeddedDatabase.InMemory();

    public IGraphDatabase Database => _database;

    public string Run(string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        using var result = _database.Run(query, parameters);
        var rows = result.Select(row => string.Join(" | ", row.Select(Render)));
        return string.Join("\n", new[] { string.Join(" | ", result.Columns) }.Concat(rows));
    }

    public GraphDatabaseException Fail(string query, IReadOnlyDictionary<string, object?>? parameters = null) =>
        Assert.Throws<GraphDatabaseException>(() => _database.Run(query, parameters).ToList());

    public static string Render(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture) + (d == Math.Floor(d) && double.IsFinite(d) ? ".0" : ""),
        string s => "'" + s + "'",
        Node n => "(" + string.Concat(n.Labels.Select(l => ":" + l)) + Props(n.Properties) + ")",
        Relationship r => "[:" + r.Type + Props(r.Properties) + "]",
        GraphPath p => "<" + string.Join(",", p.Nodes.Select(Render)) + ">",
        IReadOnlyDictionary<string, object?> m => "{" + string.Join(", ", m.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + ": " + Render(e.Value))) + "}",
        IReadOnlyList<object?> l => "[" + string.Join(", ", l.Select(Render)) + "]",
        _ => value.ToString() ?? "",
    };

    private static string Props(IReadOnlyDictionary<string, object?> properties) =>
        properties.Count == 0 ? "" : " " + Render(properties);

    public void Dispose() => _database.Dispose();
}
