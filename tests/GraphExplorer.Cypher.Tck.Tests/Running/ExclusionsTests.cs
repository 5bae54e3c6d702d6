using GraphExplorer.Cypher.Tck.Features;
using GraphExplorer.Cypher.Tck.Running;

namespace GraphExplorer.Cypher.Tck.Tests.Running;

public class ExclusionsTests
{
    [Fact]
    public void SelectsWholeFeaturesOrSingleScenariosByLine()
    {
        var exclusions = Exclusions.Parse([
            "# comment",
            "",
            "clauses/call/Call2.feature | needs test procedures",
            "clauses/call/Call1.feature:33 | needs test.doNothing",
        ]);
        Assert.Equal("needs test procedures", exclusions.ReasonFor("clauses/call/Call2.feature:40 [2] x"));
        Assert.Equal("needs test.doNothing", exclusions.ReasonFor("clauses/call/Call1.feature:33 [1] y"));
        Assert.Null(exclusions.ReasonFor("clauses/call/Call1.feature:330 [9] z"));
        Assert.Null(exclusions.ReasonFor("clauses/call/Call20.feature:40 [2] x"));
    }

    [Fact]
    public void EveryExclusionNeedsAReason()
    {
        Assert.Throws<InvalidDataException>(() => Exclusions.Parse(["clauses/call/Call2.feature"]));
        Assert.Throws<InvalidDataException>(() => Exclusions.Parse(["clauses/call/Call2.feature |  "]));
    }

    [Fact]
    public void ScenariosTaggedIgnoreUpstreamAreExcluded()
    {
        var exclusions = Exclusions.Parse(File.ReadAllLines(TckLocations.ProjectFile("exclusions.txt")));
        var ignored = FeatureLoader.LoadAll(TckLocations.FeaturesDirectory(null)).Where(s => s.Tags.Contains("@ignore")).ToList();
        Assert.NotEmpty(ignored);
        Assert.All(ignored, s => Assert.NotNull(exclusions.ReasonFor(s.Key)));
    }

    [Fact]
    public void TheRepositoryExclusionsFileIsValid()
    {
        var exclusions = Exclusions.Parse(File.ReadAllLines(TckLocations.ProjectFile("exclusions.txt")));
        var keys = FeatureLoader.LoadAll(TckLocations.FeaturesDirectory(null)).Select(s => s.Key).ToList();
        foreach (var (selector, _) in exclusions.Entries)
        {
            var single = new Exclusions([(selector, "reason")]);
            Assert.True(keys.Any(k => single.ReasonFor(k) is not null), $"exclusion '{selector}' selects no scenario");
        }
    }
}
