namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>count(*) grouped by keys computed from one node: counted per node, then merged by key.</summary>
public sealed class CountByEntityTests : IDisposable
{
    private readonly QueryRunner _runner = new();

    public CountByEntityTests() =>
        _runner.Run("CREATE (b1:Brief {id: 'b1'}), (b2:Brief), (x:E {id: 'x', name: 'X'}), (y:E {id: 'y', name: 'Y'}), (z:E {id: 'x', name: 'X'}), " +
            "(b1)-[:M]->(x), (b2)-[:M]->(x), (b1)-[:M]->(y), (b2)-[:M]->(z), (b1)-[:OTHER]->(y)");

    public void Dispose() => _runner.Dispose();

    [Fact]
    public void NodesWithEqualKeysAreMergedAndCounted() =>
        Assert.Equal("id | name | c | d\n'x' | 'X' | 3 | 3\n'y' | 'Y' | 1 | 1",
            _runner.Run("MATCH (:Brief)-[:M]->(e) RETURN e.id AS id, e.name AS name, count(*) AS c, count(*) AS d ORDER BY c DESC, id"));

    [Fact]
    public void ANullEntityIsOneGroup() =>
        Assert.Equal("id | c\nnull | 2\n'b1' | 1",
            _runner.Run("MATCH (e:E) OPTIONAL MATCH (e)<-[:OTHER]-(b) RETURN b.id AS id, count(*) AS c ORDER BY c DESC"));
}
