using GraphExplorer.Cypher.Tck.Expectations;

namespace GraphExplorer.Cypher.Tck.Tests.Expectations;

public class SideEffectsTests
{
    private static GraphState State(long[] nodes, long[] relationships, string[] labels, string[] properties) =>
        new(nodes.ToHashSet(), relationships.ToHashSet(), labels.ToHashSet(), properties.ToHashSet());

    [Fact]
    public void CountsDistinctLabelsInUseAndOverwrittenPropertiesBothWays()
    {
        var before = State([1, 2], [10], ["A"], ["n1.name='a'"]);
        var after = State([2, 3], [], ["A", "B"], ["n1.name='b'", "n3.x=1"]);
        Assert.Equal(new SideEffects(1, 1, 0, 1, 1, 0, 2, 1), SideEffects.Between(before, after));
    }

    [Fact]
    public void ReadsTheTableWithUnlistedCountsAsZero()
    {
        var effects = SideEffects.FromTable([["+nodes", "2"], ["-properties", "1"]]);
        Assert.Equal(SideEffects.None with { NodesAdded = 2, PropertiesRemoved = 1 }, effects);
    }

    [Fact]
    public void RejectsUnknownNames()
    {
        Assert.Throws<InvalidDataException>(() => SideEffects.FromTable([["+widgets", "1"]]));
    }
}
