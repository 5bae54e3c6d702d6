using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Relations;

namespace GraphExplorer.Importer.Tests.Relations;

public sealed class RelationSetTests
{
    private static readonly Dictionary<string, EntityType> Types = new()
    {
        ["person:a"] = EntityType.Person,
        ["country:b"] = EntityType.Country,
        ["country:c"] = EntityType.Country,
        ["event:e"] = EntityType.Event,
    };

    [Fact]
    public void RefusesWhatTheTypeTableForbids()
    {
        var set = new RelationSet(Types);

        Assert.False(set.Add("country:b", RelationTypes.Leads, "person:a", 0, 1));
        Assert.False(set.Add("person:a", RelationTypes.LocatedIn, "country:b", 0, 1));
        Assert.False(set.Add("country:b", RelationTypes.Alleges, "event:e", 0, 1));
        Assert.False(set.Add("country:b", RelationTypes.TensionWith, "country:b", 0, 1));
        Assert.True(set.Add("person:a", RelationTypes.Leads, "country:b", 0, 1));
    }

    [Fact]
    public void ASymmetricRelationIsStoredOnce()
    {
        var set = new RelationSet(Types);
        set.Add("country:c", RelationTypes.TensionWith, "country:b", 0, 0.5);
        set.Add("country:b", RelationTypes.TensionWith, "country:c", 3, 0.7);

        var relation = Assert.Single(set.Build());
        Assert.Equal(("country:b", "country:c"), (relation.SourceKey, relation.TargetKey));
        Assert.Equal([0, 3], relation.EvidenceSentences);
        Assert.Equal(0.7, relation.Confidence);
    }
}
