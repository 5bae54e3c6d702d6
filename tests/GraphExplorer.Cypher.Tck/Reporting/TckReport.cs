using System.Text;
using GraphExplorer.Cypher.Tck.Running;

namespace GraphExplorer.Cypher.Tck.Reporting;

/// <summary>The summary of a run: a table of passed/failed per folder, the commonest failure causes, and the totals.</summary>
public sealed class TckReport(IReadOnlyList<ScenarioOutcome> outcomes)
{
    public IReadOnlyList<ScenarioOutcome> Outcomes { get; } = outcomes;

    public int Passed => Outcomes.Count(o => o.Status == ScenarioStatus.Passed);

    public int Total => Outcomes.Count;

    /// <summary>The line every run ends with.</summary>
    public string SummaryLine => $"TCK passed {Passed} of {Total}";

    public string FolderTable()
    {
        var rows = Outcomes.GroupBy(o => o.Scenario.Folder).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.ToList()))
            .Append(Row("total", Outcomes))
            .ToList();
        var header = new[] { "folder", "passed", "failed", "excluded", "total", "%" };
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        var builder = new StringBuilder();
        void Line(IReadOnlyList<string> cells) => builder.AppendLine(string.Join("  ",
            cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd());
        Line(header);
        Line(widths.Select(w => new string('-', w)).ToList());
        foreach (var row in rows)
        {
            if (row[0] == "total") Line(widths.Select(w => new string('-', w)).ToList());
            Line(row);
        }
        return builder.ToString();
    }

    public string TopFailureCauses(int count)
    {
        var builder = new StringBuilder();
        var groups = Outcomes.Where(o => o.Status == ScenarioStatus.Failed)
            .GroupBy(o => o.Cause ?? "")
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(count);
        foreach (var group in groups) builder.AppendLine($"{group.Count(),5}  {group.Key}");
        return builder.ToString();
    }

    /// <summary>Among passing scenarios that expect an error, how many also named the TCK's detail.</summary>
    public string ErrorDetailLine()
    {
        var checkedDetails = Outcomes.Where(o => o.Status == ScenarioStatus.Passed && o.ErrorDetailMatched is not null).ToList();
        var matched = checkedDetails.Count(o => o.ErrorDetailMatched == true);
        return $"error scenarios passed: {checkedDetails.Count}, of which the TCK detail also matched: {matched}";
    }

    private static string[] Row(string folder, IReadOnlyCollection<ScenarioOutcome> outcomes)
    {
        var passed = outcomes.Count(o => o.Status == ScenarioStatus.Passed);
        var failed = outcomes.Count(o => o.Status == ScenarioStatus.Failed);
        var excluded = outcomes.Count(o => o.Status == ScenarioStatus.Excluded);
        var percent = outcomes.Count == 0 ? 0 : 100.0 * passed / outcomes.Count;
        return [folder, passed.ToString(), failed.ToString(), excluded.ToString(), outcomes.Count.ToString(),
            percent.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)];
    }
}
