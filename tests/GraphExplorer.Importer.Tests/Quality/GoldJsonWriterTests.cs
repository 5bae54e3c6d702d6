using Newtonsoft.Json.Linq;

namespace GraphExplorer.Importer.Tests.Quality;

public sealed class GoldJsonWriterTests
{
    [Fact]
    public void WritesTheGoldShape()
    {
        var extraction = new BriefExtractor().Extract("dir/b.txt", "Bangkok accused Phnom Penh of laying mines. Thai soldiers were hurt.");
        using var text = new StringWriter();

        GoldJsonWriter.Write(text, [extraction]);

        var brief = (JObject)JArray.Parse(text.ToString()).Single();
        Assert.Equal("b.txt", (string?)brief["brief"]);
        var thailand = brief["entities"]!.Single(e => (string?)e["name"] == "Thailand");
        Assert.Equal("Country", (string?)thailand["type"]);
        Assert.Equal(["Bangkok", "Thai"], thailand["aliases"]!.Select(a => (string)a!));
        var relation = brief["relations"]!.Single();
        Assert.Equal(("Thailand", "ALLEGES", "Cambodia", "laying mines"),
            ((string?)relation["source"], (string?)relation["type"], (string?)relation["target"], (string?)relation["claim"]));
        Assert.Equal(["Bangkok accused Phnom Penh of laying mines."], relation["evidence"]!.Select(a => (string)a!));
    }

    [Fact]
    public void AnEmptyBatchIsAnEmptyArray()
    {
        using var text = new StringWriter();

        GoldJsonWriter.Write(text, []);

        Assert.Empty(JArray.Parse(text.ToString()));
    }
}
