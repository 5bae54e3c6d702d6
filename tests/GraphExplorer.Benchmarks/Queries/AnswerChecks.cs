using GraphExplorer.Benchmarks.Data;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Benchmarks.Queries;

/// <summary>The checks of the benchmark answers against manifest.json and expected.json. Each returns null when right.</summary>
public static class AnswerChecks
{
    public static Func<IReadOnlyList<object?[]>, string?> NodeWithId(string id) => rows =>
        rows.Count != 1 ? $"expected 1 row, got {rows.Count}"
        : rows[0][0] is not Node node ? $"expected a node, got {Describe(rows[0][0])}"
        : node.Properties.TryGetValue("id", out var actual) && Equals(actual, id) ? null
        : $"expected the node with id {id}, got {Describe(node.Properties.GetValueOrDefault("id"))}";

    /// <summary>Q2: row order under LIMIT is unspecified, so the count, the shapes and distinct relationships are checked.</summary>
    public static Func<IReadOnlyList<object?[]>, string?> Neighbourhood(int expectedRows) => rows =>
    {
        if (rows.Count != expectedRows) return $"expected {expectedRows} rows, got {rows.Count}";
        var relationships = new HashSet<long>();
        foreach (var row in rows)
        {
            if (row[0] is not Node || row[1] is not Relationship r) return $"expected (node, relationship), got ({Describe(row[0])}, {Describe(row[1])})";
            if (!relationships.Add(r.Id)) return $"relationship {r.Id} appears twice";
        }
        return null;
    };

    public static Func<IReadOnlyList<object?[]>, string?> SingleInteger(long? expected) => rows =>
    {
        if (expected is null) return rows.Count == 0 ? null : $"expected no row, got {rows.Count}";
        if (rows.Count != 1) return $"expected 1 row, got {rows.Count}";
        return rows[0][0] is long value && value == expected ? null : $"expected {expected}, got {Describe(rows[0][0])}";
    };

    public static Func<IReadOnlyList<object?[]>, string?> TopMentioned(IReadOnlyList<RankedEntity> expected) => rows =>
        Compare(expected.Select(e => $"{e.Id}|{e.Name}|{e.C}"), rows.Select(r => $"{Describe(r[0])}|{Describe(r[1])}|{Describe(r[2])}"));

    public static Func<IReadOnlyList<object?[]>, string?> CoMentioned(IReadOnlyList<NamedCount> expected) => rows =>
        Compare(expected.Select(e => $"{e.Name}|{e.C}"), rows.Select(r => $"{Describe(r[0])}|{Describe(r[1])}"));

    private static string? Compare(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var e = string.Join(", ", expected);
        var a = string.Join(", ", actual);
        return e == a ? null : $"expected [{e}], got [{a}]";
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => s,
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Node n => $"node {n.Id}",
        Relationship r => $"relationship {r.Id}",
        _ => $"{value} ({value.GetType().Name})",
    };
}
