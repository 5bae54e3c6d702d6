using GraphExplorer.Importer.Relations;

namespace GraphExplorer.Importer.Tests.Relations;

public sealed class StanceRuleTests
{
    [Fact]
    public void AnAccusationIsAnAllegationWithItsClaim()
    {
        var (extraction, _) = Extract.From("Bangkok accused Phnom Penh of laying fresh mines along the frontier, a charge it denied.");

        var relation = Extract.Relation(extraction, "Thailand", RelationTypes.Alleges, "Cambodia");
        Assert.Equal("laying fresh mines along the frontier", relation.Claim);
        Assert.Equal([0], relation.EvidenceSentences);
    }

    [Fact]
    public void AccusationsFromOneSourceAgainstOneTargetAreOneEdge()
    {
        var (extraction, _) = Extract.From("Thailand accused Cambodia of firing first. Bangkok has also accused Phnom Penh of tolerating scam compounds.");

        var relation = Extract.Relation(extraction, "Thailand", RelationTypes.Alleges, "Cambodia");
        Assert.Equal("firing first; tolerating scam compounds", relation.Claim);
        Assert.Equal([0, 1], relation.EvidenceSentences);
    }

    [Theory]
    [InlineData("Chancellor Olaf Scholz criticised Brazil for its stance.", "Olaf Scholz CRITICIZES Brazil")]
    [InlineData("Egypt backs the Sudanese Armed Forces.", "Egypt SUPPORTS Sudanese Armed Forces")]
    [InlineData("The attacks show that the Iran-backed Houthis can still strike.", "Iran SUPPORTS Houthis")]
    [InlineData("Peru and Chile signed an accord on fishing.", "Chile COOPERATES_WITH Peru")]
    [InlineData("The war between India and Pakistan lasted four days.", "India TENSION_WITH Pakistan")]
    [InlineData("Brazil and Indonesia have each pledged $1 billion to the Amazon Fund.", "Indonesia SUPPORTS Amazon Fund")]
    [InlineData("The Amazon Fund secured money from its main donors, Norway and Germany.", "Germany SUPPORTS Amazon Fund")]
    [InlineData("The European Union says Chinese carmakers receive unfair state subsidies.", "European Union ALLEGES China")]
    [InlineData("Hamas has been designated as a terrorist group by the United States and Canada.", "Canada ALLEGES Hamas")]
    public void VerbsGiveStances(string text, string expected)
    {
        var (_, relations) = Extract.From(text);

        Assert.Contains(expected, relations);
    }

    [Fact]
    public void AnAssertionWithoutWrongdoingIsNoAllegation()
    {
        var (_, relations) = Extract.From("The United Nations says Sudan is suffering a famine.");

        Assert.DoesNotContain(relations, r => r.Contains("ALLEGES", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePapersSectionAttributesWhatItReports()
    {
        var (extraction, _) = Extract.From("What the papers say\nReuters reports that Bangkok accused Phnom Penh of breaking the truce.");

        var relation = Extract.Relation(extraction, "Thailand", RelationTypes.Alleges, "Cambodia");
        Assert.Equal(["outlet:reuters"], relation.OutletKeys);
    }
}
