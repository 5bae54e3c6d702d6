using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class ExecutionTests : IDisposable
{
    private readonly QueryRunner _runner = new();

    public ExecutionTests() => _runner.Run("""
        CREATE (ada:Person {name: 'Ada', born: 1815}), (charles:Person {name: 'Charles', born: 1791}),
               (mary:Person {name: 'Mary', born: 1797}), (lab:Place {name: 'Lab'}),
               (ada)-[:KNOWS {since: 1833}]->(charles), (charles)-[:KNOWS {since: 1830}]->(mary),
               (ada)-[:WORKS_AT]->(lab), (charles)-[:WORKS_AT]->(lab)
        """);

    public void Dispose() => _runner.Dispose();

    [Theory]
    [InlineData("MATCH (p:Person) RETURN p.name ORDER BY p.name", "p.name\n'Ada'\n'Charles'\n'Mary'")]
    [InlineData("MATCH (p:Person) RETURN p.name ORDER BY p.born DESC SKIP 1 LIMIT 1", "p.name\n'Mary'")]
    [InlineData("MATCH (a {name: 'Ada'})-[:KNOWS*1..2]->(b) RETURN b.name ORDER BY b.name", "b.name\n'Charles'\n'Mary'")]
    [InlineData("MATCH (a {name: 'Ada'})-[:KNOWS*]->(b {name: 'Mary'}) RETURN size([1, 2]) AS s", "s\n2")]
    [InlineData("MATCH (p:Person)-[:WORKS_AT]->(l) RETURN l.name AS place, collect(p.name) AS people",
        "place | people\n'Lab' | ['Ada', 'Charles']")]
    [InlineData("MATCH (p:Person) RETURN count(*) AS n, sum(p.born) AS total, min(p.born) AS first",
        "n | total | first\n3 | 5403 | 1791")]
    [InlineData("MATCH (p:Person) OPTIONAL MATCH (p)-[:WORKS_AT]->(l) RETURN p.name, l.name ORDER BY p.name",
        "p.name | l.name\n'Ada' | 'Lab'\n'Charles' | 'Lab'\n'Mary' | null")]
    [InlineData("MATCH p = shortestPath((a {name: 'Ada'})-[*]-(m {name: 'Mary'})) RETURN length(p) AS hops", "hops\n2")]
    [InlineData("UNWIND [3, 1, 2] AS x WITH x WHERE x > 1 RETURN x ORDER BY x", "x\n2\n3")]
    [InlineData("RETURN 1 AS x UNION RETURN 1 AS x", "x\n1")]
    [InlineData("RETURN 1 AS x UNION ALL RETURN 1 AS x", "x\n1\n1")]
    [InlineData("RETURN [x IN range(1, 5) WHERE x % 2 = 1 | x * x] AS odd", "odd\n[1, 9, 25]")]
    [InlineData("RETURN CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' END AS word", "word\n'two'")]
    [InlineData("RETURN toUpper('ada') + toString(1.5) AS s, split('a,b', ',') AS parts", "s | parts\n'ADA1.5' | ['a', 'b']")]
    [InlineData("RETURN null AND false AS a, null OR true AS b, true XOR null AS c", "a | b | c\nfalse | true | null")]
    [InlineData("MATCH (a:Person {name: 'Ada'}) RETURN a {.name, friends: [(a)-[:KNOWS]->(f) | f.name]} AS card",
        "card\n{friends: ['Charles'], name: 'Ada'}")]
    [InlineData("MATCH (a:Person) WHERE exists((a)-[:WORKS_AT]->()) RETURN count(a) AS workers", "workers\n2")]
    public void QueriesReturnTheExpectedRows(string query, string expected) => Assert.Equal(expected, _runner.Run(query));

    [Fact]
    public void ParametersDriveIndexedLookups()
    {
        _runner.Run("CREATE INDEX person_name FOR (p:Person) ON (p.name)");
        var parameters = new Dictionary<string, object?> { ["name"] = "Charles" };
        Assert.Equal("p.born\n1791", _runner.Run("MATCH (p:Person {name: $name}) RETURN p.born", parameters));
        Assert.Equal("p.born\n1791", _runner.Run("MATCH (p:Person) WHERE p.name = $name RETURN p.born", parameters));
    }

    [Fact]
    public void MergeMatchesOrCreatesAndAppliesTheRightSetItems()
    {
        const string merge = "MERGE (p:Person {name: $name}) ON CREATE SET p.new = true ON MATCH SET p.seen = true RETURN p.new, p.seen";
        Assert.Equal("p.new | p.seen\nnull | true", _runner.Run(merge, new Dictionary<string, object?> { ["name"] = "Ada" }));
        Assert.Equal("p.new | p.seen\ntrue | null", _runner.Run(merge, new Dictionary<string, object?> { ["name"] = "Grace" }));
        Assert.Equal("n\n4", _runner.Run("MATCH (p:Person) RETURN count(p) AS n"));
    }

    [Fact]
    public void UnwindMergeCreatesEachDistinctValueOnce()
    {
        _runner.Run("UNWIND ['x', 'y', 'x'] AS k MERGE (:Tag {key: k})");
        Assert.Equal("n\n2", _runner.Run("MATCH (t:Tag) RETURN count(t) AS n"));
    }

    [Fact]
    public void SetRemoveAndDeleteChangeTheGraph()
    {
        _runner.Run("MATCH (p:Person {name: 'Mary'}) SET p:Author, p += {born: 1798, city: 'London'} REMOVE p.city");
        Assert.Equal("labels(p) | p.born | p.city\n['Person', 'Author'] | 1798 | null",
            _runner.Run("MATCH (p {name: 'Mary'}) RETURN labels(p), p.born, p.city"));
        var error = Assert.Throws<GraphDatabaseException>(() => _runner.Run("MATCH (p {name: 'Mary'}) DELETE p"));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.StatusCode);
        _runner.Run("MATCH (p {name: 'Mary'}) DETACH DELETE p");
        Assert.Equal("n\n3", _runner.Run("MATCH (n) RETURN count(n) AS n"));
    }

    [Fact]
    public void WritesReportTheirStatistics()
    {
        using var result = _runner.Database.Run("CREATE (a:X {v: 1})-[:R]->(b:X:Y)");
        Assert.Equal(new QueryStats { NodesCreated = 2, RelationshipsCreated = 1, LabelsAdded = 3, PropertiesSet = 1 }, result.Stats);
        Assert.Equal(QueryKind.WriteOnly, result.Kind);
    }

    [Fact]
    public void ArithmeticOverflowAndDivisionByZeroAreErrors()
    {
        Assert.Equal(StatusCodes.ArithmeticError, _runner.Fail("RETURN 9223372036854775807 + 1").StatusCode);
        Assert.Equal(StatusCodes.ArithmeticError, _runner.Fail("RETURN 1 / 0").StatusCode);
        Assert.Equal("x\nInfinity", _runner.Run("RETURN 1.0 / 0 AS x"));
    }

    [Fact]
    public void ReadModeRefusesWritesBeforeRunningThem()
    {
        var error = Assert.Throws<GraphDatabaseException>(() => _runner.Database.Run("CREATE (:Z)", null, AccessMode.Read));
        Assert.Equal(StatusCodes.ForbiddenOnReadOnlyDatabase, error.StatusCode);
        Assert.Equal("n\n0", _runner.Run("MATCH (z:Z) RETURN count(z) AS n"));
    }

    [Fact]
    public void ExplicitTransactionsSeeTheirOwnWritesAndRollBack()
    {
        using (var transaction = _runner.Database.BeginTransaction(AccessMode.Write))
        {
            transaction.Run("CREATE (:Temp)");
            Assert.Equal(1L, transaction.Run("MATCH (t:Temp) RETURN count(t)").Single()[0]);
        }
        Assert.Equal("n\n0", _runner.Run("MATCH (t:Temp) RETURN count(t) AS n"));
    }

    [Fact]
    public void CancellationStopsALongQuery()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var error = Assert.Throws<GraphDatabaseException>(() =>
            _runner.Database.Run("UNWIND range(1, 5000000) AS a UNWIND range(1, 1000) AS b RETURN count(*)", null, AccessMode.Read, cancellation.Token));
        Assert.Equal(StatusCodes.TransactionTerminated, error.StatusCode);
    }
}
