namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>
/// A scan, an expand and count(*) per far node are fused into CountByExpandedNode; a WHERE between them
/// keeps the general operators, so each query is checked against its unfused twin.
/// </summary>
public sealed class CountByExpandedNodeTests : IDisposable
{
    private const string Unfused = " WHERE b IS NOT NULL ";

    private readonly QueryRunner _runner = new();

    public CountByExpandedNodeTests() =>
        _runner.Run("CREATE (b1:Brief {id: 'b1'}), (b2:Brief), (x:E {id: 'x', name: 'X'}), (y:E {id: 'y', name: 'Y'}), " +
            "(z:E {id: 'x', name: 'X'}), (n:E), (b1)-[:M]->(x), (b2)-[:M]->(x), (b1)-[:M]->(y), (b2)-[:M]->(z), (b1)-[:M]->(x), " +
            "(b1)-[:OTHER]->(y), (b2)-[:M]->(n), (b1)-[:M]->(n), (b2)-[:M]->(b2), (x)-[:M]->(b1)");

    public void Dispose() => _runner.Dispose();

    [Fact]
    public void ExplainShowsTheFusedOperator()
    {
        var plan = _runner.Run("EXPLAIN MATCH (b:Brief)-[:M]->(e) RETURN e.id AS id, count(*) AS c");
        Assert.Contains("+CountByExpandedNode(id, c) NodeByLabelScan(b:Brief) Expand(All) (b)-[:M]-(e)", plan);
        Assert.DoesNotContain("EagerAggregation", plan);
    }

    [Fact]
    public void AFilterBetweenKeepsTheGeneralOperators()
    {
        var plan = _runner.Run("EXPLAIN MATCH (b:Brief)-[:M]->(e)" + Unfused + "RETURN e.id AS id, count(*) AS c");
        Assert.Contains("+EagerAggregation(id, c)", plan);
        Assert.DoesNotContain("CountByExpandedNode", plan);
    }

    [Theory]
    [InlineData("MATCH (b:Brief)-[:M]->(e){0}RETURN e.id AS id, e.name AS name, count(*) AS c ORDER BY c DESC, id")]
    [InlineData("MATCH (b:Brief)-[:M]->(e){0}RETURN e.name AS name, count(*) AS c ORDER BY name")]
    [InlineData("MATCH (b:Brief)-[:M]->(e){0}RETURN e, count(*) AS c, count(*) AS d ORDER BY c, e.id")]
    [InlineData("MATCH (b:Brief)-[]-(e){0}RETURN e.id AS id, count(*) AS c ORDER BY id, c")]
    [InlineData("MATCH (b:Brief)<-[:M|OTHER]-(e){0}RETURN e.id AS id, count(*) AS c ORDER BY id")]
    [InlineData("MATCH (b)-[:M|OTHER]->(e){0}RETURN e.id AS id, count(*) AS c ORDER BY id, c")]
    [InlineData("UNWIND [1, 2] AS k MATCH (b:Brief)-[:M]->(e){0}RETURN e.id AS id, count(*) AS c ORDER BY id, c")]
    [InlineData("MATCH (b:Missing)-[:M]->(e){0}RETURN e.id AS id, count(*) AS c")]
    public void ResultsEqualTheGeneralPath(string template)
    {
        var fused = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, " ");
        Assert.Contains("CountByExpandedNode", _runner.Run("EXPLAIN " + fused));
        Assert.Equal(_runner.Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Unfused)), _runner.Run(fused));
    }

    [Fact]
    public void DuplicateRelationshipsAndNullKeysAreCounted() =>
        Assert.Equal("id | c\nnull | 3\n'x' | 4\n'y' | 1",
            _runner.Run("MATCH (b:Brief)-[:M]->(e) RETURN e.id AS id, count(*) AS c ORDER BY id IS NULL DESC, id"));
}
