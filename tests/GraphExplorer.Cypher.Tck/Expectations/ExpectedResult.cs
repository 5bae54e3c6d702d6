using GraphExplorer.Cypher.Tck.Values;

namespace GraphExplorer.Cypher.Tck.Expectations;

/// <summary>
/// "Then the result should be ...": the expected columns and rows, compared as a bag unless
/// <see cref="Ordered"/>, with list elements compared as bags when <see cref="IgnoreListOrder"/>.
/// <see cref="Columns"/> is null for "the result should be empty", which checks no columns.
/// </summary>
public sealed record ExpectedResult(IReadOnlyList<string>? Columns, IReadOnlyList<IReadOnlyList<object?>> Rows,
    bool Ordered, bool IgnoreListOrder)
{
    public static ExpectedResult Empty { get; } = new(null, [], false, false);

    /// <summary>Reads a TCK table: the header row names the columns, every other cell is a value literal.</summary>
    public static ExpectedResult FromTable(IReadOnlyList<IReadOnlyList<string>> table, bool ordered, bool ignoreListOrder)
    {
        var columns = table.Count > 0 ? table[0] : [];
        var rows = table.Skip(1)
            .Select(r => (IReadOnlyList<object?>)r.Select(TckValueParser.Parse).ToList())
            .ToList();
        return new ExpectedResult(columns, rows, ordered, ignoreListOrder);
    }

    /// <summary>Null when <paramref name="actualRows"/> satisfies this expectation, else why not.</summary>
    public string? Check(IReadOnlyList<string> actualColumns, IReadOnlyList<object?[]> actualRows)
    {
        if (Columns is not null && !Columns.SequenceEqual(actualColumns))
            return $"columns differ: expected [{string.Join(", ", Columns)}], got [{string.Join(", ", actualColumns)}]";
        var expected = Rows.Select(FormatRow).ToList();
        var actual = actualRows.Select(r => FormatRow(r)).ToList();
        var matches = Ordered ? expected.SequenceEqual(actual, StringComparer.Ordinal) : SameBag(expected, actual);
        if (matches) return null;
        return $"rows differ ({(Ordered ? "in order" : "any order")}): expected {expected.Count} row(s) "
            + $"{Show(expected)}, got {actual.Count} row(s) {Show(actual)}";
    }

    private string FormatRow(IReadOnlyList<object?> row) =>
        "| " + string.Join(" | ", row.Select(v => TckValueFormatter.Format(v, IgnoreListOrder))) + " |";

    private static bool SameBag(List<string> expected, List<string> actual)
    {
        if (expected.Count != actual.Count) return false;
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in actual) remaining[row] = remaining.GetValueOrDefault(row) + 1;
        foreach (var row in expected)
        {
            if (remaining.GetValueOrDefault(row) == 0) return false;
            remaining[row]--;
        }
        return true;
    }

    private static string Show(List<string> rows)
    {
        const int Limit = 8;
        var shown = string.Join(" ", rows.Take(Limit));
        return rows.Count > Limit ? shown + $" … (+{rows.Count - Limit})" : shown;
    }
}
