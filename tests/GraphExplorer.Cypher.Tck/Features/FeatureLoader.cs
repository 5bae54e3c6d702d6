using Gherkin;
using Gherkin.Ast;

namespace GraphExplorer.Cypher.Tck.Features;

/// <summary>Reads every .feature file under a folder with the Gherkin parser and expands Scenario Outlines.</summary>
public static class FeatureLoader
{
    public static IReadOnlyList<TckScenario> LoadAll(string featuresDirectory)
    {
        var scenarios = new List<TckScenario>();
        var files = Directory.GetFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(featuresDirectory, file).Replace('\\', '/');
            scenarios.AddRange(Load(relative, File.ReadAllText(file)));
        }
        return scenarios;
    }

    public static IReadOnlyList<TckScenario> Load(string featurePath, string featureText)
    {
        var document = new Parser().Parse(new StringReader(featureText));
        var feature = document.Feature ?? throw new InvalidDataException($"{featurePath} holds no feature.");
        var background = new List<Step>();
        var scenarios = new List<TckScenario>();
        foreach (var child in feature.Children)
        {
            switch (child)
            {
                case Background b:
                    background.AddRange(b.Steps);
                    break;
                case Scenario s:
                    scenarios.AddRange(Expand(featurePath, feature, background, s));
                    break;
            }
        }
        return scenarios;
    }

    private static IEnumerable<TckScenario> Expand(string featurePath, Feature feature, List<Step> background, Scenario scenario)
    {
        var tags = feature.Tags.Concat(scenario.Tags).Select(t => t.Name).ToList();
        var steps = background.Concat(scenario.Steps).ToList();
        var examples = scenario.Examples.ToList();
        if (examples.Count == 0)
        {
            yield return new TckScenario(featurePath, scenario.Name, scenario.Location.Line, tags,
                steps.Select(s => ToStep(s, new Dictionary<string, string>())).ToList());
            yield break;
        }
        foreach (var table in examples)
        {
            var header = table.TableHeader?.Cells.Select(c => c.Value).ToList() ?? [];
            var rowTags = tags.Concat(table.Tags.Select(t => t.Name)).ToList();
            foreach (var row in table.TableBody)
            {
                var values = row.Cells.Select(c => c.Value).ToList();
                var bindings = header.Zip(values).ToDictionary(p => p.First, p => p.Second);
                var name = $"{Substitute(scenario.Name, bindings)} (example line {row.Location.Line})";
                yield return new TckScenario(featurePath, name, scenario.Location.Line, rowTags,
                    steps.Select(s => ToStep(s, bindings)).ToList());
            }
        }
    }

    private static TckStep ToStep(Step step, IReadOnlyDictionary<string, string> bindings)
    {
        var table = step.DataTable?.Rows
            .Select(r => (IReadOnlyList<string>)r.Cells.Select(c => Substitute(c.Value, bindings)).ToList())
            .ToList();
        var docString = step.DocString is null ? null : Substitute(step.DocString.Content, bindings);
        return new TckStep(Substitute(step.Text, bindings), docString, table, step.Location.Line);
    }

    private static string Substitute(string text, IReadOnlyDictionary<string, string> bindings)
    {
        foreach (var (name, value) in bindings) text = text.Replace($"<{name}>", value, StringComparison.Ordinal);
        return text;
    }
}
