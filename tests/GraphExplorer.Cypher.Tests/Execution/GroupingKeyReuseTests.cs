namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>An aggregating item or ORDER BY item may repeat a simple grouping key (a variable or a property of one).</summary>
public sealed class GroupingKeyReuseTests : IDisposable
{
    private readonly QueryRunner _runner = new();

    public GroupingKeyReuseTests() => _runner.Run("CREATE (:A {k: 1, v: 2}), (:A {k: 1, v: 3}), (:A {k: 2, v: 5})");

    public void Dispose() => _runner.Dispose();

    [Theory]
    [InlineData("MATCH (a:A) RETURN a.k AS k, a.k * 10 + count(*) AS x ORDER BY k", "k | x\n1 | 12\n2 | 21")]
    [InlineData("MATCH (a:A) RETURN a.k, count(*) AS c ORDER BY a.k * -10 + count(*)", "a.k | c\n2 | 1\n1 | 2")]
    [InlineData("MATCH (a:A) WITH a AS b, count(*) AS c RETURN b.v + c AS s ORDER BY s", "s\n3\n4\n6")]
    public void SimpleKeysAreReadFromTheirColumns(string query, string expected) => Assert.Equal(expected, _runner.Run(query));
}
