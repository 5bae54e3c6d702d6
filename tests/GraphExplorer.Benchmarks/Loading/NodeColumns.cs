namespace GraphExplorer.Benchmarks.Loading;

/// <summary>The column types of the node CSVs, as GRAPH-SPEC.md gives them (Kuzu's DDL in bench.js agrees).</summary>
public static class NodeColumns
{
    public static ColumnKind KindOf(string column) => column switch
    {
        "born" or "founded" or "population" => ColumnKind.Integer,
        "date" or "published" => ColumnKind.Date,
        _ => ColumnKind.String,
    };

    public static object ValueOf(ColumnKind kind, string text) => kind switch
    {
        ColumnKind.Integer => long.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        _ => text,
    };
}
