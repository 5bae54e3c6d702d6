using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Tests.Recognition;

public sealed class MentionRecognizerTests
{
    [Theory]
    [InlineData("Talks were hosted by Prime Minister Anwar Ibrahim yesterday.", "Anwar Ibrahim", EntityType.Person)]
    [InlineData("The deal was signed by Secretary of State Marco Rubio.", "Marco Rubio", EntityType.Person)]
    [InlineData("The Kenya Wildlife Service said numbers rose.", "Kenya Wildlife Service", EntityType.Organization)]
    [InlineData("The Ministry of Mines refused to comment.", "Ministry of Mines", EntityType.Organization)]
    [InlineData("It came after Operation Desert Fox ended.", "Operation Desert Fox", EntityType.Event)]
    [InlineData("\"We are ready,\" said Jane Okafor on Monday.", "Jane Okafor", EntityType.Person)]
    [InlineData("The agency was run by the aid chief Tom Fletcher until May.", "Tom Fletcher", EntityType.Person)]
    [InlineData("Critics include Omar al-Bashir and others.", "Omar al-Bashir", EntityType.Person)]
    [InlineData("Peru and Chile disagree.", "Chile", EntityType.Country)]
    [InlineData("Reuters reports that prices rose.", "Reuters", EntityType.Outlet)]
    public void TypesANameFromItsWordsAndContext(string sentence, string name, EntityType type)
    {
        var (mentions, _, _, _) = Recognize.Mentions(sentence);

        Assert.Contains(mentions, m => m.Name == name && m.Type == type && !m.Tentative);
    }

    [Fact]
    public void ADemonymNamesItsCountry()
    {
        var (mentions, _, _, _) = Recognize.Mentions("Cambodian authorities arrested 1,000 people.");

        var mention = Assert.Single(mentions);
        Assert.Equal(("Cambodia", EntityType.Country, FormKind.Demonym), (mention.Name, mention.Type, mention.Form));
    }

    [Theory]
    [InlineData("Workers were lured to Bangkok by fake offers.")]
    [InlineData("They signed the Paris Agreement in 2015.")]
    public void ACapitalUsedAsAPlaceIsNotTheState(string sentence)
    {
        var (mentions, _, _, _) = Recognize.Mentions(sentence);

        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Country);
    }

    [Fact]
    public void ACapitalActingForTheStateIsTheState()
    {
        var (mentions, _, _, _) = Recognize.Mentions("Bangkok accused Phnom Penh of laying mines.");

        Assert.Equal(["Thailand", "Cambodia"], mentions.Select(m => m.Name));
    }

    [Fact]
    public void ATitleIsKeptWithTheName()
    {
        var (mentions, _, _, _) = Recognize.Mentions("Cambodian Prime Minister Hun Manet spoke.");

        var person = Assert.Single(mentions, m => m.Type == EntityType.Person);
        Assert.Equal("Hun Manet", person.Name);
        Assert.Equal("Prime Minister Hun Manet", person.TitledSurface);
        Assert.Equal(TitleRole.Leader, person.Title!.Role);
    }

    [Theory]
    [InlineData("Thailand’s army fired first.", "Thailand Army")]
    [InlineData("The Pakistani military denied it.", "Pakistan Army")]
    [InlineData("China's commerce ministry objected.", "China Commerce Ministry")]
    public void AStateOrganIsAnOrganisationTiedToItsCountry(string sentence, string name)
    {
        var (mentions, _, _, _) = Recognize.Mentions(sentence);

        var organ = Assert.Single(mentions, m => m.Type == EntityType.Organization);
        Assert.Equal(name, organ.Name);
        Assert.True(organ.IsStateOrgan);
        Assert.Equal(EntityType.Country, organ.Tie!.Type);
    }

    [Fact]
    public void AnOrganWordUsedAsAnAdjectiveIsNoOrganisation()
    {
        var (mentions, _, _, _) = Recognize.Mentions("Rockets hit Cambodian military targets.");

        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Organization);
    }

    [Fact]
    public void HeadlineCapitalsAreNotNames()
    {
        var (mentions, _, _, _) = Recognize.Mentions("Why Did Quiet Harbour Towns Lose Their Ferries?");

        Assert.Empty(mentions);
    }

    [Fact]
    public void AnAcronymInParenthesesNamesItsExpansion()
    {
        var (mentions, _, _, _) = Recognize.Mentions("The National Fisheries Board (NFB) met. The NFB then voted.");

        Assert.Equal(3, mentions.Count(m => m.Name == "National Fisheries Board" && m.Type == EntityType.Organization));
    }
}
