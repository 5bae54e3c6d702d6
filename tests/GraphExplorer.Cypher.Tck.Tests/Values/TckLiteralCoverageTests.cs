using GraphExplorer.Cypher.Tck;
using GraphExplorer.Cypher.Tck.Features;
using GraphExplorer.Cypher.Tck.Values;

namespace GraphExplorer.Cypher.Tck.Tests.Values;

public class TckLiteralCoverageTests
{
    [Fact]
    public void EveryResultCellAndParameterInTheTckParses()
    {
        var failures = new List<string>();
        var cells = 0;
        foreach (var scenario in FeatureLoader.LoadAll(TckLocations.FeaturesDirectory(null)))
        {
            foreach (var step in scenario.Steps.Where(s => s.Table is not null))
            {
                var rows = step.Text.StartsWith("the result should be", StringComparison.Ordinal) ? step.Table!.Skip(1)
                    : step.Text == "parameters are:" ? step.Table!.Select(r => r.Skip(1).ToList())
                    : [];
                foreach (var cell in rows.SelectMany(r => r))
                {
                    cells++;
                    try { TckValueParser.Parse(cell); }
                    catch (TckValueFormatException e) { failures.Add($"{scenario.Key}: {e.Message}"); }
                }
            }
        }
        Assert.True(cells > 5000, $"only {cells} cells read");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
