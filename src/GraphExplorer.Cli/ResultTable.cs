using System.Globalization;
using System.Text;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cli;

/// <summary>Human-readable results: a boxed table for one query, or one line per statement in stdin mode.</summary>
public static class ResultTable
{
    public static string Format(IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows, QueryStats stats)
    {
        var text = new StringBuilder();
        if (columns.Count > 0)
        {
            var cells = rows.Select(row => row.Select(Render).ToArray()).ToList();
            var widths = columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
            var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
            text.AppendLine(rule);
            text.AppendLine("| " + string.Join(" | ", columns.Select((c, i) => c.PadRight(widths[i]))) + " |");
            text.AppendLine(rule);
            foreach (var row in cells) text.AppendLine("| " + string.Join(" | ", row.Select((c, i) => c.PadRight(widths[i]))) + " |");
            text.AppendLine(rule);
            text.Append(rows.Count).Append(rows.Count == 1 ? " row" : " rows");
        }
        var summary = Summary(stats);
        if (summary.Length > 0) text.Append(text.Length > 0 ? "; " : "").Append(summary);
        if (text.Length == 0) text.Append("0 rows");
        return text.ToString();
    }

    public static string FormatLine(IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows, QueryStats stats)
    {
        var parts = new List<string>();
        if (columns.Count > 0)
            parts.Add(string.Join(", ", columns) + ": " + string.Join("; ", rows.Select(row => string.Join(", ", row.Select(Render)))));
        var summary = Summary(stats);
        if (summary.Length > 0) parts.Add(summary);
        return parts.Count == 0 ? "ok" : string.Join(" | ", parts);
    }

    private static string Summary(QueryStats stats)
    {
        var parts = new List<string>();
        void Add(int count, string name)
        {
            if (count > 0) parts.Add($"{name}: {count}");
        }
        Add(stats.NodesCreated, "nodes created");
        Add(stats.NodesDeleted, "nodes deleted");
        Add(stats.RelationshipsCreated, "relationships created");
        Add(stats.RelationshipsDeleted, "relationships deleted");
        Add(stats.PropertiesSet, "properties set");
        Add(stats.LabelsAdded, "labels added");
        Add(stats.LabelsRemoved, "labels removed");
        Add(stats.IndexesAdded, "indexes added");
        Add(stats.IndexesRemoved, "indexes removed");
        Add(stats.ConstraintsAdded, "constraints added");
        Add(stats.ConstraintsRemoved, "constraints removed");
        return string.Join(", ", parts);
    }

    public static string Render(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => "\"" + s.Replace("\"", "\\\"") + "\"",
        Node n => "(" + string.Concat(n.Labels.Select(l => ":" + l)) + (n.Properties.Count > 0 ? " " + Render(n.Properties) : "") + ")",
        Relationship r => "[:" + r.Type + (r.Properties.Count > 0 ? " " + Render(r.Properties) : "") + "]",
        GraphPath p => "<" + string.Join("-", p.Nodes.Select(Render)) + ">",
        IReadOnlyDictionary<string, object?> m => "{" + string.Join(", ", m.Select(e => e.Key + ": " + Render(e.Value))) + "}",
        IReadOnlyList<object?> l => "[" + string.Join(", ", l.Select(Render)) + "]",
        _ => value.ToString() ?? "",
    };
}
