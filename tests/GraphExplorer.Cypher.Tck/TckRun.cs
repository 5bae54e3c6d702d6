using GraphExplorer.Cypher.Tck.Features;
using GraphExplorer.Cypher.Tck.Reporting;
using GraphExplorer.Cypher.Tck.Running;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tck;

/// <summary>One whole TCK run: load the features, run the selected scenarios, print the report.</summary>
public static class TckRun
{
    public static TckReport Execute(TckOptions options, Func<IGraphDatabase> createDatabase, TextWriter output)
    {
        var featuresDirectory = TckLocations.FeaturesDirectory(options.FeaturesDirectory);
        var scenarios = FeatureLoader.LoadAll(featuresDirectory)
            .Where(s => options.Filter is null || s.Key.Contains(options.Filter, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var exclusions = Exclusions.Parse(File.ReadAllLines(TckLocations.ProjectFile("exclusions.txt")));
        var runner = new ScenarioRunner(createDatabase, new NamedGraphs(TckLocations.GraphsDirectory(featuresDirectory)));
        var suite = new TckSuite(runner, exclusions, options.Timeout, options.Parallelism);

        output.WriteLine($"Running {scenarios.Count} scenarios from {featuresDirectory}");
        var outcomes = suite.Run(scenarios);
        var report = new TckReport(outcomes);

        if (options.Verbose || options.Filter is not null)
        {
            foreach (var outcome in outcomes.Where(o => o.Status == ScenarioStatus.Failed))
            {
                output.WriteLine($"FAILED {outcome.Scenario.Key}");
                output.WriteLine("    " + (outcome.Reason ?? "").Replace("\n", "\n    "));
            }
            foreach (var outcome in outcomes.Where(o => o.ErrorDetailMatched == false))
                output.WriteLine($"PASSED, OTHER DETAIL {outcome.Scenario.Key}\n    {outcome.Reason}");
            output.WriteLine();
        }
        output.Write(report.FolderTable());
        output.WriteLine();
        output.WriteLine("Top failure causes:");
        output.Write(report.TopFailureCauses(30));
        output.WriteLine(report.ErrorDetailLine());
        output.WriteLine(report.SummaryLine);
        return report;
    }
}
