namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class SmokeTests
{
    [Fact]
    public void CreateThenMatchReturnsWhatWasCreated()
    {
        using var runner = new QueryRunner();
        runner.Run("CREATE (:Person {name: 'Ada', age: 36})-[:KNOWS {since: 1843}]->(:Person {name: 'Charles'})");
        Assert.Equal("a.name | r.since | b.name\n'Ada' | 1843 | 'Charles'",
            runner.Run("MATCH (a:Person)-[r:KNOWS]->(b) RETURN a.name, r.since, b.name"));
    }
}
