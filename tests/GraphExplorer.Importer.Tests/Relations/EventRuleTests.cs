namespace GraphExplorer.Importer.Tests.Relations;

public sealed class EventRuleTests
{
    private const string Brief = """
        What's happened
        Peruvian police launched a crackdown on illegal gold mining. The United Nations says the crackdown is overdue.
        What the papers say
        Reuters reports that miners fled. The Guardian focuses on the drought in Bolivia.
        """;

    [Fact]
    public void ActorsTakePartInTheEventTheirClauseNames()
    {
        var (_, relations) = Extract.From(Brief);

        Assert.Contains("Peru INVOLVED_IN crackdown on illegal gold mining", relations);
        Assert.DoesNotContain("United Nations INVOLVED_IN crackdown on illegal gold mining", relations);
    }

    [Fact]
    public void AnEventIsWhereTheTextPlacesIt()
    {
        var (_, relations) = Extract.From(Brief);

        Assert.Contains("drought in Bolivia LOCATED_IN Bolivia", relations);
    }

    [Fact]
    public void CitedOutletsReportOnTheMainEventAndTheEventsTheyName()
    {
        var (_, relations) = Extract.From(Brief);

        Assert.Contains("Reuters REPORTS_ON crackdown on illegal gold mining", relations);
        Assert.Contains("The Guardian REPORTS_ON crackdown on illegal gold mining", relations);
        Assert.Contains("The Guardian REPORTS_ON drought in Bolivia", relations);
    }
}
