using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Tests.Recognition;

public sealed class EventRecognizerTests
{
    [Fact]
    public void AnEventPhraseKeepsItsModifiersAndComplement()
    {
        var entities = Recognize.Entities("What's happened\nPeruvian police launched a crackdown on illegal gold mining in the Amazon. The crackdown continues.");

        var crackdown = Assert.Single(entities, e => e.Type == EntityType.Event);
        Assert.Equal("crackdown on illegal gold mining in the Amazon", crackdown.Name);
        Assert.Contains("crackdown", crackdown.Build().Aliases);
    }

    [Fact]
    public void SynonymsOfOneSettlementAreOneEvent()
    {
        var entities = Recognize.Entities("Chile and Peru agreed a ceasefire in Lima. The truce held. The deal was praised.");

        var settlement = Assert.Single(entities, e => e.Type == EntityType.Event);
        Assert.Equal(3, settlement.Mentions.Count);
    }

    [Fact]
    public void DifferentWarsStayApart()
    {
        var entities = Recognize.Entities("The war in Sudan goes on. It recalls the 1991 Gulf war. The Sudan war has killed thousands. The Gulf war ended fast.");

        Assert.Equal(2, entities.Count(e => e.Type == EntityType.Event));
    }

    [Fact]
    public void AVerbIsNoEvent()
    {
        var entities = Recognize.Entities("They vowed to strike back. Officials will deal with it.");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Event);
    }
}
