using GraphExplorer.Cypher.Ast;
using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tests.Syntax;

public sealed class ParserTests
{
    private static string PrintReturn(string query)
    {
        var statement = (Query)Parser.Parse(query);
        var ret = (ReturnClause)statement.Parts[0].Clauses[^1];
        return string.Join(" ; ", ret.Projection.Items.Select(i => AstPrinter.Print(i.Expression)));
    }

    [Theory]
    [InlineData("RETURN 1 + 2 * 3", "(1 + (2 * 3))")]
    [InlineData("RETURN (1 + 2) * 3", "((1 + 2) * 3)")]
    [InlineData("RETURN 2 ^ 3 ^ 2", "((2 ^ 3) ^ 2)")]
    [InlineData("RETURN -2 ^ 2", "(-2 ^ 2)")]
    [InlineData("RETURN NOT a = b", "(NOT (a = b))")]
    [InlineData("RETURN a OR b XOR c AND d", "(a OR (b XOR (c AND d)))")]
    [InlineData("RETURN 1 < 2 <= 3", "((1 < 2) AND (2 <= 3))")]
    [InlineData("RETURN a.b.c", "a.b.c")]
    [InlineData("RETURN x IS NOT NULL AND y IN [1, 2]", "((x IS NOT NULL) AND (y IN [1, 2]))")]
    [InlineData("RETURN n.name STARTS WITH 'A'", "(n.name STARTS WITH 'A')")]
    [InlineData("RETURN list[1..2], list[-1]", "list[1..2] ; list[-1]")]
    [InlineData("RETURN [x IN range(1, 3) WHERE x > 1 | x * 2]", "[x IN range(1, 3) WHERE (x > 1) | (x * 2)]")]
    [InlineData("RETURN any(x IN l WHERE x = 1)", "any(x IN l WHERE (x = 1))")]
    [InlineData("RETURN CASE WHEN a THEN 1 ELSE 2 END", "CASE WHEN a THEN 1 ELSE 2 END")]
    [InlineData("RETURN count(DISTINCT n), count(*)", "count(DISTINCT n) ; count(*)")]
    [InlineData("RETURN n {.name, age: 3, .*}", "n{.name, age: 3, .*}")]
    [InlineData("RETURN $param, {a: 1}", "$param ; {a: 1}")]
    [InlineData("RETURN -9223372036854775808", "-9223372036854775808")]
    [InlineData("RETURN 0x1F, 0o17, 1.5e3", "31 ; 15 ; 1500.0")]
    [InlineData("RETURN 'it\\'s', \"q\"", "'it\\'s' ; 'q'")]
    [InlineData("RETURN n:Person:Admin", "(n:Person:Admin)")]
    [InlineData("RETURN reduce(s = 0, x IN l | s + x)", "reduce(s = 0, x IN l | (s + x))")]
    public void ExpressionsParseWithOpenCypherPrecedence(string query, string printed) =>
        Assert.Equal(printed, PrintReturn(query));

    [Theory]
    [InlineData("RETURN EXISTS { (n)-->() WHERE n.x = 1 }")]
    [InlineData("RETURN EXISTS { MATCH (n)-->() WHERE n.x = 1 }")]
    public void SimpleExistentialSubqueriesParseToTheirPatterns(string query)
    {
        var exists = Assert.IsType<ExistsSubquery>(((ReturnClause)((Query)Parser.Parse(query)).Parts[0].Clauses[0]).Projection.Items[0].Expression);
        Assert.Null(exists.Body);
        Assert.Equal("EXISTS { (n)-[]->() WHERE (n.x = 1) }", AstPrinter.Print(exists));
    }

    [Fact]
    public void FullExistentialSubqueriesKeepTheirClauses()
    {
        var statement = (Query)Parser.Parse("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WITH m, count(*) AS c RETURN c UNION RETURN 1 AS c } RETURN n");
        var exists = Assert.IsType<ExistsSubquery>(((MatchClause)statement.Parts[0].Clauses[0]).Where);
        Assert.NotNull(exists.Body);
        Assert.Equal(2, exists.Body.Parts.Count);
        Assert.Equal([typeof(MatchClause), typeof(WithClause), typeof(ReturnClause)], exists.Body.Parts[0].Clauses.Select(c => c.GetType()));
    }

    [Theory]
    [InlineData("MATCH (a:Person {name: $n})-[r:KNOWS*1..3]->(b) RETURN a", "(a:Person {name: $n})-[r:KNOWS*1..3]->(b)")]
    [InlineData("MATCH p = (a)<-[:R|S]-(b) RETURN p", "p = (a)<-[:R|S]-(b)")]
    [InlineData("MATCH p = shortestPath((a)-[*]-(b)) RETURN p", "p = shortestPath((a)-[*..]-(b))")]
    [InlineData("MATCH (a)-->(b)<--(c) RETURN a", "(a)-[]->(b)<-[]-(c)")]
    public void PatternsParse(string query, string printed)
    {
        var match = (MatchClause)((Query)Parser.Parse(query)).Parts[0].Clauses[0];
        Assert.Equal(printed, AstPrinter.Print(match.Patterns[0]));
    }

    [Fact]
    public void SchemaCommandsParse()
    {
        var create = (SchemaCommand)Parser.Parse("CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE");
        Assert.Equal(new SchemaCommand(SchemaCommandKind.CreateConstraint, "entity_key", true, "Entity", "key"), create);
        var index = (SchemaCommand)Parser.Parse("CREATE INDEX FOR (n:Brief) ON (n.key)");
        Assert.Equal(new SchemaCommand(SchemaCommandKind.CreateIndex, null, false, "Brief", "key"), index);
        Assert.Equal(SchemaCommandKind.ShowIndexes, ((SchemaCommand)Parser.Parse("SHOW INDEXES")).Kind);
    }

    [Theory]
    [InlineData("(", 10_000, ")")]
    [InlineData("[", 10_000, "]")]
    [InlineData("{a: ", 10_000, "}")]
    [InlineData("-", 10_000, "")]
    [InlineData("NOT ", 10_000, "")]
    public void DeepNestingIsASyntaxErrorNotAStackOverflow(string open, int depth, string close)
    {
        var query = "RETURN " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        var error = Assert.Throws<GraphDatabaseException>(() => Parser.Parse(query));
        Assert.Equal(StatusCodes.SyntaxError, error.StatusCode);
    }

    [Theory]
    [InlineData("RETURN 9223372036854775808", "IntegerOverflow")]
    [InlineData("RETURN 0x", "InvalidNumberLiteral")]
    [InlineData("RETURN 9abc", "InvalidNumberLiteral")]
    [InlineData("RETURN 'unterminated", "UnexpectedSyntax")]
    [InlineData("MATCH (n RETURN n", "UnexpectedSyntax")]
    [InlineData("RETURN '\\uZZZZ'", "InvalidUnicodeLiteral")]
    [InlineData("RETURN 3 \u2014 1", "InvalidUnicodeCharacter")]
    [InlineData("RETURN 3 \u2212 1", "InvalidUnicodeCharacter")]
    [InlineData("MATCH (a)-[:LIKES..]->(c) RETURN c", "InvalidRelationshipPattern")]
    [InlineData("MATCH (a)-[:LIKES*-2]->(c) RETURN c", "InvalidRelationshipPattern")]
    [InlineData("MATCH (a)-[:LIKES*1..-2]->(c) RETURN c", "InvalidRelationshipPattern")]
    public void MalformedQueriesFailWithTheTckDetail(string query, string detail)
    {
        var error = Assert.Throws<GraphDatabaseException>(() => Parser.Parse(query));
        Assert.Equal(StatusCodes.SyntaxError, error.StatusCode);
        Assert.Equal(detail, error.Detail);
        Assert.Equal(ErrorPhase.CompileTime, error.Phase);
    }

    [Fact]
    public void ErrorsCarryLineAndColumn()
    {
        var error = Assert.Throws<GraphDatabaseException>(() => Parser.Parse("MATCH (n)\nRETURN n +"));
        Assert.Equal(new SourcePosition(20, 2, 11), error.Position);
    }
}
