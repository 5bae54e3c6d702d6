using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Tests.Recognition;

public sealed class CardTyperTests
{
    [Theory]
    [InlineData("Hun Manet (born 20 October 1977) is a Cambodian politician.", EntityType.Person)]
    [InlineData("Jane Doe is a Kenyan economist and former minister.", EntityType.Person)]
    [InlineData("Atlantis, officially the Republic of Atlantis, is a country in the Atlantic.", EntityType.Country)]
    [InlineData("Oxfam is a non-governmental organization focused on poverty.", EntityType.Organization)]
    [InlineData("Acme Motors is a Chinese multinational manufacturing company.", EntityType.Organization)]
    [InlineData("The Houthis are a Zaydi Shia Islamist political and military organization.", EntityType.Organization)]
    [InlineData("Operation Calm Sea is a United States-led multinational military operation.", EntityType.Event)]
    [InlineData("The Daily Planet is a newspaper published in Metropolis.", EntityType.Outlet)]
    public void TheDefiningSentenceTypesTheEntity(string card, EntityType type)
    {
        Assert.Equal(type, CardTyper.TypeOf(card));
    }

    [Fact]
    public void ACardWithoutDefinitionIsUntyped()
    {
        Assert.Null(CardTyper.TypeOf("Something happened somewhere."));
    }

    [Fact]
    public void CardsGiveTheirAliases()
    {
        var aliases = CardAliases.Of("The Association of Ports (AP), also known as the Harbour League, is a union of ports.");

        Assert.Equal(["AP", "Harbour League"], aliases.Order(StringComparer.Ordinal));
    }
}
