using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class MergeNullPropertyTests : IDisposable
{
    private readonly QueryRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    [Theory]
    [InlineData("MERGE ({num: null})")]
    [InlineData("MERGE (n:N {a: 1, b: $missing})")]
    [InlineData("CREATE (a), (b) MERGE (a)-[r:X {num: null}]->(b)")]
    public void MergingANullPropertyFailsAtRuntimeAndCreatesNothing(string query)
    {
        var error = _runner.Fail(query, new Dictionary<string, object?> { ["missing"] = null });
        Assert.Equal(StatusCodes.SemanticError, error.StatusCode);
        Assert.Equal("MergeReadOwnWrites", error.Detail);
        Assert.Equal(ErrorPhase.Runtime, error.Phase);
        Assert.Equal("n\n0", _runner.Run("MATCH (x) RETURN count(x) AS n"));
    }

    [Fact]
    public void CreateStillSkipsNullProperties() =>
        Assert.Equal("n\n{a: 1}", _runner.Run("CREATE (x {a: 1, b: null}) RETURN properties(x) AS n"));
}
