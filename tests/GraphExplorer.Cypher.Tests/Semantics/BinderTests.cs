using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tests.Semantics;

public sealed class BinderTests
{
    [Theory]
    [InlineData("RETURN x", "UndefinedVariable")]
    [InlineData("MATCH (a) WITH a.x AS y RETURN a", "UndefinedVariable")]
    [InlineData("MATCH (a) CREATE (a)", "VariableAlreadyBound")]
    [InlineData("MATCH ()-[r]-() MATCH (r) RETURN r", "VariableTypeConflict")]
    [InlineData("WITH 1 AS n MATCH (n) RETURN n", "VariableTypeConflict")]
    [InlineData("MATCH (a) WITH a.x RETURN 1", "NoExpressionAlias")]
    [InlineData("MATCH (a) RETURN a.x AS y, a.z AS y", "ColumnNameConflict")]
    [InlineData("MATCH (a) WHERE count(a) > 1 RETURN a", "InvalidAggregation")]
    [InlineData("RETURN count(count(1))", "NestedAggregation")]
    [InlineData("MATCH (me)--(you) RETURN me.age + count(you.age)", "AmbiguousAggregationExpression")]
    [InlineData("MATCH (me)--(you) RETURN me.age + you.age, me.age + you.age + count(*)", "AmbiguousAggregationExpression")]
    [InlineData("MATCH (me)--(you) WITH me.age + you.age AS g, me.age + you.age + count(*) AS a RETURN *", "AmbiguousAggregationExpression")]
    [InlineData("MATCH (me)--(you) RETURN me.age + you.age, count(*) AS c ORDER BY me.age + you.age + count(*)", "AmbiguousAggregationExpression")]
    [InlineData("MATCH (me)--(you) WITH me.age + you.age, count(*) AS c ORDER BY me.age + you.age + count(*) RETURN *", "AmbiguousAggregationExpression")]
    [InlineData("MATCH (me)--(you) RETURN count(you.age) AS a ORDER BY me.age + count(you.age)", "UndefinedVariable")]
    [InlineData("RETURN count(rand())", "NonConstantExpression")]
    [InlineData("MATCH (n) RETURN [x IN [1, 2] | count(*)]", "InvalidAggregation")]
    [InlineData("MATCH (n) RETURN any(x IN [1, 2] WHERE count(*) > x)", "InvalidAggregation")]
    [InlineData("MATCH p = (a) RETURN labels(p)", "InvalidArgumentType")]
    [InlineData("MATCH (r) RETURN type(r)", "InvalidArgumentType")]
    [InlineData("RETURN properties('Cypher')", "InvalidArgumentType")]
    [InlineData("MATCH r = (n)-[*]->() WHERE r.name = 'apa' RETURN r", "InvalidArgumentType")]
    [InlineData("CREATE (a:Foo) MERGE (a)-[r:KNOWS]->(a:Bar)", "VariableAlreadyBound")]
    [InlineData("MATCH ()-[r]->() CREATE ()-[r]->()", "VariableAlreadyBound")]
    [InlineData("MATCH (a)-[r]->(b) MERGE (a)-[r]->(b)", "VariableAlreadyBound")]
    [InlineData("MATCH (a) RETURN size((a)-->())", "UnexpectedSyntax")]
    [InlineData("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) SET m.x = 1 } RETURN n", "InvalidClauseComposition")]
    [InlineData("CREATE (a)-[:R]-(b)", "RequiresDirectedRelationship")]
    [InlineData("CREATE (a)-[:R|S]->(b)", "NoSingleRelationshipType")]
    [InlineData("CREATE (a)-[:R*2]->(b)", "CreatingVarLength")]
    [InlineData("MATCH (n) DELETE n:Person", "InvalidDelete")]
    [InlineData("MATCH () DELETE 1 + 1", "InvalidArgumentType")]
    [InlineData("MATCH (a) WITH a, a.x AS s WITH a.y AS m, min(s) AS l ORDER BY sum(s) RETURN m", "UndefinedVariable")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS b", "DifferentColumnsInUnion")]
    [InlineData("RETURN 1 AS a UNION RETURN 1 AS a UNION ALL RETURN 1 AS a", "InvalidClauseComposition")]
    [InlineData("RETURN nosuchfunction(1)", "UnknownFunction")]
    [InlineData("MATCH (n) RETURN n LIMIT n.x", "NonConstantExpression")]
    [InlineData("RETURN 1 LIMIT -1", "NegativeIntegerArgument")]
    [InlineData("RETURN 123 AND true", "InvalidArgumentType")]
    [InlineData("MATCH (n) RETURN (n)-->()", "UnexpectedSyntax")]
    [InlineData("MATCH (n) WHERE (n)-[r]->() RETURN n", "UndefinedVariable")]
    [InlineData("MATCH (n) RETURN n MATCH (m) RETURN m", "InvalidClauseComposition")]
    [InlineData("MATCH (n)", "InvalidClauseComposition")]
    public void CompileTimeErrorsCarryTheTckDetail(string query, string detail)
    {
        using var database = EmbeddedDatabase.InMemory();
        var error = Assert.Throws<GraphDatabaseException>(() => database.Run(query).ToList());
        Assert.Equal(detail, error.Detail);
        Assert.Equal(ErrorPhase.CompileTime, error.Phase);
        Assert.StartsWith("Neo.ClientError.", error.StatusCode);
    }

    [Fact]
    public void UnknownProcedureIsProcedureNotFound()
    {
        using var database = EmbeddedDatabase.InMemory();
        var error = Assert.Throws<GraphDatabaseException>(() => database.Run("CALL db.nothing()").ToList());
        Assert.Equal(StatusCodes.ProcedureNotFound, error.StatusCode);
    }

    [Fact]
    public void MissingParameterIsParameterMissing()
    {
        using var database = EmbeddedDatabase.InMemory();
        var error = Assert.Throws<GraphDatabaseException>(() => database.Run("RETURN $p").ToList());
        Assert.Equal(StatusCodes.ParameterMissing, error.StatusCode);
    }
}
