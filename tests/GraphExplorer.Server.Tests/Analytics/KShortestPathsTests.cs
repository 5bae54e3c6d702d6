using GraphExplorer.Analytics;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Server.Tests.Analytics;

public class KShortestPathsTests
{
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = new Dictionary<string, object?>();

    // a - b - d, a - c - d, a -> e -> f -> d (longer), and b <- d against direction.
    private static Subgraph Diamond()
    {
        var subgraph = new Subgraph();
        foreach (var id in new long[] { 1, 2, 3, 4, 5, 6 }) subgraph.Add(new Node(id, ["Entity"], NoProperties));
        (long From, long To)[] edges = [(1, 2), (4, 2), (1, 3), (3, 4), (1, 5), (5, 6), (6, 4)];
        for (var i = 0; i < edges.Length; i++) subgraph.Add(new Relationship(100 + i, "LINKED_TO", edges[i].From, edges[i].To, NoProperties));
        return subgraph;
    }

    [Fact]
    public void FindsTheShortestPathsFirstIgnoringDirection()
    {
        var paths = KShortestPaths.Find(Diamond(), 1, 4, k: 3, maxHops: 4);
        Assert.Equal([2, 2, 3], paths.Select(p => p.Length));
        Assert.All(paths, path => Assert.Equal(1, path.Start.Id));
        Assert.All(paths, path => Assert.Equal(4, path.End.Id));
        Assert.Equal(3, paths.Select(p => string.Join(",", p.Nodes.Select(n => n.Id))).Distinct().Count());
    }

    [Fact]
    public void DropsPathsLongerThanMaxHops() =>
        Assert.Equal([2, 2], KShortestPaths.Find(Diamond(), 1, 4, k: 3, maxHops: 2).Select(p => p.Length));

    [Fact]
    public void AnswersNoPathWhenTheEndsAreNotConnected()
    {
        var subgraph = Diamond();
        subgraph.Add(new Node(9, ["Entity"], NoProperties));
        Assert.Empty(KShortestPaths.Find(subgraph, 1, 9, k: 3, maxHops: 6));
    }

    [Fact]
    public void PathRelationshipsLinkConsecutiveNodes()
    {
        foreach (var path in KShortestPaths.Find(Diamond(), 1, 4, k: 3, maxHops: 4))
        {
            for (var i = 0; i < path.Relationships.Count; i++)
            {
                var ends = new[] { path.Relationships[i].StartId, path.Relationships[i].EndId };
                Assert.Contains(path.Nodes[i].Id, ends);
                Assert.Contains(path.Nodes[i + 1].Id, ends);
            }
        }
    }
}
