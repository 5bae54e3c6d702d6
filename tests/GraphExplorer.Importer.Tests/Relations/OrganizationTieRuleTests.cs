namespace GraphExplorer.Importer.Tests.Relations;

public sealed class OrganizationTieRuleTests
{
    [Theory]
    [InlineData("Thailand's army fired shells.", "Thailand Army LINKED_TO Thailand")]
    [InlineData("Denmark's Maersk rerouted ships.", "Maersk LOCATED_IN Denmark")]
    [InlineData("Kenya voted. The Kenyan People's Party won.", "Kenyan People's Party LOCATED_IN Kenya")]
    [InlineData("Ibama, Brazil's environmental agency, fined them.", "Ibama LINKED_TO Brazil")]
    [InlineData("Chinese carmakers such as BYD and Geely gained.", "Geely LOCATED_IN China")]
    [InlineData("The FAA grounded the jets, the United States said.", "Federal Aviation Administration LINKED_TO United States")]
    public void OrgansAreLinkedAndPrivateBodiesLocated(string text, string expected)
    {
        var (_, relations) = Extract.From(text);

        Assert.Contains(expected, relations);
    }

    [Fact]
    public void ACardSaysWhereABodyIsAndWhatItBelongsTo()
    {
        var (_, relations) = Extract.From("""
            More on these topics
            -
            The World Food Programme (WFP) is an international organization within the United Nations. It is headquartered in Rome, Italy.
            """);

        Assert.Contains("World Food Programme LINKED_TO United Nations", relations);
        Assert.Contains("World Food Programme LOCATED_IN Italy", relations);
    }

    [Fact]
    public void APartyIsNotPlacedFromWorldKnowledge()
    {
        var (_, relations) = Extract.From("The Bharatiya Janata Party (BJP) won the vote in India.");

        Assert.DoesNotContain(relations, r => r.StartsWith("Bharatiya Janata Party LOCATED_IN", StringComparison.Ordinal));
    }
}
