using GraphExplorer.Cypher.Tck.Features;

namespace GraphExplorer.Cypher.Tck.Tests.Features;

public class FeatureLoaderTests
{
    private const string Feature = """"
        Feature: Outline

          Background:
            Given an empty graph

          Scenario: [1] Plain
            When executing query:
              """
              RETURN 1
              """
            Then the result should be empty

          Scenario Outline: [2] Outline of <value>
            When executing query:
              """
              RETURN <value> AS v
              """
            Then the result should be, in any order:
              | v        |
              | <result> |

            Examples:
              | value | result |
              | 1 + 1 | 2      |
              | 'a'   | 'a'    |
        """";

    [Fact]
    public void ExpandsOutlinesAndPrependsTheBackground()
    {
        var scenarios = FeatureLoader.Load("clauses/x/Outline.feature", Feature);
        Assert.Equal(3, scenarios.Count);
        Assert.All(scenarios, s => Assert.Equal("an empty graph", s.Steps[0].Text));
        Assert.Equal("RETURN 1 + 1 AS v", scenarios[1].Steps[1].DocString);
        Assert.Equal("'a'", scenarios[2].Steps[2].Table![1][0]);
        Assert.Equal("clauses/x", scenarios[0].Folder);
        Assert.StartsWith("[2] Outline of 1 + 1 (example line", scenarios[1].Name);
        Assert.NotEqual(scenarios[1].Key, scenarios[2].Key);
    }

    [Fact]
    public void LoadsTheWholeTck()
    {
        var features = TckLocations.FeaturesDirectory(null);
        var scenarios = FeatureLoader.LoadAll(features);
        Assert.True(scenarios.Count > 3000, $"only {scenarios.Count} scenarios in {features}");
        Assert.Equal(scenarios.Count, scenarios.Select(s => s.Key).Distinct().Count());
    }
}
