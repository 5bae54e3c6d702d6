using GraphExplorer.Importer.Relations;

namespace GraphExplorer.Importer.Tests.Relations;

/// <summary>Stances whose ends are not next to the verb: passives, pronouns, lists, relative clauses.</summary>
public sealed class StanceCarryOverTests
{
    [Theory]
    [InlineData("Chile was criticised by Amnesty International.", "Amnesty International", "CRITICIZES")]
    [InlineData("Chile was strongly condemned by Peru and Bolivia.", "Bolivia", "CRITICIZES")]
    [InlineData("Chile was condemned by Peru and Bolivia.", "Peru", "CRITICIZES")]
    public void APassiveTurnsTheAgentIntoTheSource(string text, string agent, string type)
    {
        var (_, relations) = Extract.From(text);

        Assert.Contains(relations, r => r.StartsWith($"{agent} {type} ", StringComparison.Ordinal));
    }

    [Fact]
    public void APassiveWithoutAgentMakesItsSubjectNoSource()
    {
        var (_, relations) = Extract.From("Chile was criticised for its stance on Peru.");

        Assert.DoesNotContain(relations, r => r.StartsWith("Chile CRITICIZES", StringComparison.Ordinal));
    }

    [Fact]
    public void APronounTakesThePreviousSentencesSubject()
    {
        var (_, relations) = Extract.From("Norway hosted the meeting on Tuesday. It later criticised Sweden over the delay.");

        Assert.Contains("Norway CRITICIZES Sweden", relations);
    }

    [Fact]
    public void HeAndSheTakeAPersonNotACountry()
    {
        var (_, relations) = Extract.From("Peru said that Pedro Castillo, who had met Chile's envoy, had resigned, and he accused Bolivia of meddling.");

        Assert.Contains("Pedro Castillo ALLEGES Bolivia", relations);
        Assert.DoesNotContain("Peru ALLEGES Bolivia", relations);
    }

    [Fact]
    public void AParticipleAfterAPronounClauseKeepsThePronounsReferent()
    {
        var (extraction, _) = Extract.From("Canada imposed sanctions on Iran; a week later it also sanctioned Syria, accusing Damascus of torture.");

        Assert.Equal("torture", Extract.Relation(extraction, "Canada", RelationTypes.Alleges, "Syria").Claim);
    }

    [Fact]
    public void ACoordinatedVerbSharesTheSubjectOfTheFirst()
    {
        var (extraction, _) = Extract.From("Airbus makes planes. Jane Okafor told reporters that inspectors would stay in place for the foreseeable future and accused the company of cutting corners.");

        Assert.Equal("cutting corners", Extract.Relation(extraction, "Jane Okafor", RelationTypes.Alleges, "Airbus").Claim);
    }

    [Fact]
    public void ListedObjectsEachGetTheStance()
    {
        var (extraction, relations) = Extract.From("Japan accused Russia and Belarus of spreading false claims.");

        Assert.Contains("Japan ALLEGES Russia", relations);
        Assert.Equal("spreading false claims", Extract.Relation(extraction, "Japan", RelationTypes.Alleges, "Belarus").Claim);
    }

    [Fact]
    public void TheObjectOfARelativeClauseIsWhatItHangsOn()
    {
        var (_, relations) = Extract.From("Chile praised the World Bank, which Peru has denounced as a waste.");

        Assert.Contains("Peru CRITICIZES World Bank", relations);
    }

    [Fact]
    public void TheArmyFarFromItsNameIsTheBriefsOnlyArmy()
    {
        var (_, relations) = Extract.From("The Chadian Armed Forces hold the capital. Talks stalled in May. Aid is scarce. Niger backs the army.");

        Assert.Contains("Niger SUPPORTS Chadian Armed Forces", relations);
    }

    [Theory]
    [InlineData("Tokyo stressed its support for NATO in the talks.", "Japan SUPPORTS North Atlantic Treaty Organization")]
    [InlineData("Poland's opposition to the European Commission hardened.", "Poland CRITICIZES European Commission")]
    [InlineData("Germany called on Chile to stop dumping copper in Europe.", "Germany ALLEGES Chile")]
    [InlineData("Peru and Ecuador have fought two wars since 1941.", "Ecuador TENSION_WITH Peru")]
    [InlineData("Finland and Sweden joined NATO, and they now cooperate with Estonia and Latvia.", "Finland COOPERATES_WITH Latvia")]
    [InlineData("Finland and Sweden joined NATO in 2023.", "Sweden MEMBER_OF North Atlantic Treaty Organization")]
    public void NounsJointVerbsAndMembership(string text, string expected)
    {
        var (_, relations) = Extract.From(text);

        Assert.Contains(expected, relations);
    }

    [Fact]
    public void ACallWithoutAnActToStopIsNoAllegation()
    {
        var (_, relations) = Extract.From("Germany called on Chile to join the talks.");

        Assert.DoesNotContain(relations, r => r.Contains("ALLEGES", StringComparison.Ordinal));
    }
}
