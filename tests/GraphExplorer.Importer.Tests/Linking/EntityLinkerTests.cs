using GraphExplorer.Importer.Linking;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Tests.Recognition;

namespace GraphExplorer.Importer.Tests.Linking;

public sealed class EntityLinkerTests
{
    [Fact]
    public void ASurnameAndATitledSurnameNameTheSamePerson()
    {
        var entities = Recognize.Entities("Judge Reed O'Connor ruled on Monday. O'Connor said more. Judge O'Connor left.");

        var judge = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Reed O'Connor", judge.Name);
        Assert.Equal(["Judge Reed O'Connor", "O'Connor", "Judge O'Connor"], judge.Build().Aliases);
    }

    [Fact]
    public void AFirstNameNamesThePersonWhenUnique()
    {
        var entities = Recognize.Entities("Prime Minister Anwar Ibrahim hosted talks. Anwar said it went well.");

        Assert.Contains("Anwar", Assert.Single(entities, e => e.Type == EntityType.Person).Build().Aliases);
    }

    [Fact]
    public void AShortFormNamesTheOrganisation()
    {
        var entities = Recognize.Entities("Amnesty International published a report. Amnesty said abuses continue.");

        var amnesty = Assert.Single(entities);
        Assert.Equal("organization:amnesty-international", amnesty.Key);
        Assert.Contains("Amnesty", amnesty.Build().Aliases);
    }

    [Fact]
    public void AnAcronymAndItsExpansionAreOneEntity()
    {
        var entities = Recognize.Entities("The Coastal Fisheries Authority (CFA) closed the bay. The CFA fined ten boats.");

        var authority = Assert.Single(entities);
        Assert.Equal("Coastal Fisheries Authority", authority.Name);
        Assert.Equal(["CFA"], authority.Build().Aliases);
    }

    [Fact]
    public void DemonymsCapitalsAndPossessivesJoinTheCountry()
    {
        var entities = Recognize.Entities("Thai soldiers were hurt. Bangkok protested. Thailand's government said so.");

        var thailand = Assert.Single(entities, e => e.Type == EntityType.Country);
        Assert.Equal("country:thailand", thailand.Key);
        Assert.Equal(["Thai", "Bangkok"], thailand.Build().Aliases);
    }

    [Fact]
    public void AnOrganTheBriefNamesJoinsThatBody()
    {
        var entities = Recognize.Entities("The Sudanese Armed Forces (SAF) advanced. Sudan's army took the city.");

        var army = Assert.Single(entities, e => e.Type == EntityType.Organization);
        Assert.Equal("Sudanese Armed Forces", army.Name);
        Assert.Contains("Sudan's army", army.Build().Aliases);
    }

    [Fact]
    public void KeysAreStableAcrossBriefs()
    {
        var first = Recognize.Entities("Cambodian authorities arrested Hun Manet's critics. Prime Minister Hun Manet spoke.");
        var second = Recognize.Entities("Cambodia, officially the Kingdom of Cambodia, is a country. Hun Manet visited Thailand.");

        Assert.Equal(
            first.Select(e => e.Key).Order(StringComparer.Ordinal).Intersect(second.Select(e => e.Key)),
            ["country:cambodia", "person:hun-manet"]);
    }

    [Fact]
    public void AnUnknownBareWordIsDropped()
    {
        var entities = Recognize.Entities("Yesterday Zanzibarian traders met. Hollowell refused.");

        Assert.DoesNotContain(entities, e => e.Name == "Hollowell");
    }

    [Fact]
    public void KeysAreSlugsOfTypeAndName()
    {
        Assert.Equal("person:abdel-fattah-al-sisi", EntityKey.Of(EntityType.Person, "Abdel Fattah al-Sisi"));
        Assert.Equal("organization:cambodian-peoples-party", EntityKey.Of(EntityType.Organization, "Cambodian People’s Party"));
        Assert.Equal("country:cote-d-ivoire", EntityKey.Of(EntityType.Country, "Côte d-Ivoire"));
    }
}
