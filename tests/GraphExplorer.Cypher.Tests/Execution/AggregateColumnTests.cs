namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>An item that is exactly an aggregate is read from the aggregate's slot; other items are still projected.</summary>
public sealed class AggregateColumnTests : IDisposable
{
    private readonly QueryRunner _runner = new();

    public AggregateColumnTests() => _runner.Run("CREATE (:A {k: 1, v: 2}), (:A {k: 1, v: 3}), (:A {k: 2, v: 5})");

    public void Dispose() => _runner.Dispose();

    [Fact]
    public void PlainAggregateItemsNeedNoProjection() =>
        Assert.DoesNotContain("Projection(aggregates)", _runner.Run("EXPLAIN MATCH (a:A) RETURN a.k AS k, count(*) AS c, sum(a.v) AS s"));

    [Fact]
    public void ComputedAggregateItemsAreStillProjected() =>
        Assert.Contains("Projection(aggregates)", _runner.Run("EXPLAIN MATCH (a:A) RETURN a.k AS k, count(*) + 1 AS c"));

    [Fact]
    public void SharedAndComputedAggregatesGiveTheirValues() =>
        Assert.Equal("k | c | d | s | t\n1 | 2 | 2 | 5 | 6\n2 | 1 | 1 | 5 | 6",
            _runner.Run("MATCH (a:A) WITH a.k AS k, count(*) AS c, count(*) AS d, sum(a.v) AS s RETURN k, c, d, s, s + 1 AS t ORDER BY k"));
}
