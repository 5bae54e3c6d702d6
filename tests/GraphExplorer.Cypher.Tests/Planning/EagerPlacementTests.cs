namespace GraphExplorer.Cypher.Tests.Planning;

public sealed class EagerPlacementTests
{
    private const string CreateBrief = """
        CREATE (b:Brief {key: $key, title: $title})
        WITH b
        UNWIND $sentences AS row
        CREATE (b)-[:HAS_SENTENCE]->(:Sentence {key: row.key, text: row.text})
        WITH count(*) AS sentences
        MATCH (b:Brief {key: $key})
        RETURN b
        """;

    private static string Explain(string query)
    {
        using var database = EmbeddedDatabase.InMemory();
        return (string)database.Run("EXPLAIN " + query).Single()[0]!;
    }

    private static int EagerCount(string plan) =>
        plan.Split('\n').Count(line => line.TrimStart().StartsWith("+Eager", StringComparison.Ordinal)
            && !line.Contains("EagerAggregation", StringComparison.Ordinal));

    [Fact]
    public void WritesFedOnlyByParametersNeedNoEager()
    {
        // Before: Eager before each CREATE after the first, after each CREATE, and before the MATCH (3 in all).
        var plan = Explain(CreateBrief);
        Assert.Equal(0, EagerCount(plan));
    }

    [Theory]
    [InlineData("MATCH (a) CREATE (b)")]
    [InlineData("MATCH (a:A) DELETE a WITH 1 AS one MATCH (n) RETURN count(n)")]
    [InlineData("MATCH (a:A) SET a.x = 1 WITH a MATCH (b:A) RETURN b.x")]
    [InlineData("UNWIND [1, 2] AS i CREATE (:X) MERGE (m:X) RETURN m")]
    [InlineData("UNWIND [1, 2] AS i CREATE (a:X) WITH a MATCH (n:X) RETURN count(n)")]
    [InlineData("CREATE (n:N) RETURN n LIMIT 0")]
    [InlineData("UNWIND [1, 2] AS i CREATE (a:X) WITH a LIMIT 1 CREATE (b:Y)")]
    public void ConflictingReadsAndWritesKeepTheirEager(string query)
    {
        var plan = Explain(query);
        Assert.True(EagerCount(plan) > 0, plan);
    }

    [Fact]
    public void LaterRowsOfAWriteAreAllDoneBeforeAReadOfTheirEffects()
    {
        using var database = EmbeddedDatabase.InMemory();
        var rows = database.Run("UNWIND [1, 2, 3] AS i CREATE (:X {i: i}) WITH i MATCH (n:X) RETURN i, count(n) AS seen").ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Equal(3L, row[1]));
    }

    [Fact]
    public void TheImportedBriefIsFoundWithItsSentences()
    {
        using var database = EmbeddedDatabase.InMemory();
        var parameters = new Dictionary<string, object?>
        {
            ["key"] = "k1",
            ["title"] = "t",
            ["sentences"] = new List<object?>
            {
                new Dictionary<string, object?> { ["key"] = "s1", ["text"] = "a" },
                new Dictionary<string, object?> { ["key"] = "s2", ["text"] = "b" },
            },
        };
        Assert.Single(database.Run(CreateBrief, parameters));
        var count = database.Run("MATCH (:Brief {key: 'k1'})-[:HAS_SENTENCE]->(s:Sentence) RETURN count(s)").Single()[0];
        Assert.Equal(2L, count);
    }

    [Fact]
    public void AnIndexSeekIsNotFollowedByARecheckOfItsKey()
    {
        var plan = Explain("MATCH (e:Entity {key: $k}) RETURN e");
        Assert.DoesNotContain("+Filter", plan);
        var withName = Explain("MATCH (e:Entity {key: $k, name: $n}) RETURN e");
        Assert.Contains("+Filter", withName);
        Assert.DoesNotContain("key: $k", withName.Split('\n').Single(l => l.Contains("+Filter", StringComparison.Ordinal)));
    }
}
