namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class ExistentialSubqueryTests : IDisposable
{
    private readonly QueryRunner _runner = new();

    public ExistentialSubqueryTests() => _runner.Run("""
        CREATE (ada:Person {name: 'Ada'}), (charles:Person {name: 'Charles'}), (mary:Person {name: 'Mary'}), (lab:Place {name: 'Lab'}),
               (ada)-[:KNOWS]->(charles), (ada)-[:KNOWS]->(mary), (charles)-[:KNOWS]->(mary), (charles)-[:WORKS_AT]->(lab)
        """);

    public void Dispose() => _runner.Dispose();

    [Theory]
    [InlineData("MATCH (p:Person) WHERE EXISTS { MATCH (p)-[:KNOWS]->() RETURN true } RETURN p.name ORDER BY p.name",
        "p.name\n'Ada'\n'Charles'")]
    [InlineData("MATCH (p:Person) WHERE EXISTS { MATCH (p)-[:KNOWS]->(f) WITH p, count(f) AS c WHERE c = 2 RETURN c } RETURN p.name",
        "p.name\n'Ada'")]
    [InlineData("MATCH (p:Person) WHERE EXISTS { MATCH (f) WHERE EXISTS { MATCH (p)-[:KNOWS]->(f)-[:WORKS_AT]->() RETURN f } RETURN f } RETURN p.name",
        "p.name\n'Ada'")]
    [InlineData("MATCH (p:Person) WHERE EXISTS { MATCH (p)-[:WORKS_AT]->(x) RETURN x UNION MATCH (p)<-[:KNOWS]-(x:Person {name: 'Charles'}) RETURN x } RETURN p.name ORDER BY p.name",
        "p.name\n'Charles'\n'Mary'")]
    [InlineData("MATCH (p:Person) RETURN p.name, EXISTS { MATCH (p)<-[:KNOWS]-(q) WITH count(q) AS c WHERE c > 1 RETURN c } AS popular ORDER BY p.name",
        "p.name | popular\n'Ada' | false\n'Charles' | false\n'Mary' | true")]
    public void TrueWhenTheBodyYieldsARowForTheOuterRow(string query, string expected) => Assert.Equal(expected, _runner.Run(query));
}
