using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>Random and mutated queries must end in a result or a client error: never a crash, never a hang.</summary>
public sealed class BadInputTests
{
    private static readonly string[] Seeds =
    [
        "MATCH (a:Person {name: 'Ada'})-[r:KNOWS*1..3]->(b) WHERE b.born > 1800 RETURN b.name, count(*) ORDER BY b.name LIMIT 5",
        "UNWIND [1, 2, 3] AS x WITH x, x * 2 AS y WHERE y > 2 RETURN collect(x) AS xs, sum(y)",
        "MERGE (p:Person {name: $name}) ON CREATE SET p.created = true ON MATCH SET p.seen = coalesce(p.seen, 0) + 1 RETURN p",
        "MATCH (a), (b) WHERE id(a) < id(b) CREATE (a)-[:NEAR {d: 1.5}]->(b) RETURN count(*)",
        "RETURN [x IN range(0, 10) WHERE x % 3 = 0 | toString(x) + 'a'] AS l, any(y IN [1, null] WHERE y = 1), {a: [1, {b: 'c'}]}.a[1].b",
        "MATCH p = shortestPath((a:Person)-[*..4]-(b:Place)) RETURN nodes(p), length(p), CASE WHEN length(p) > 1 THEN 'far' ELSE 'near' END",
        "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) WITH n, count(r) AS degree RETURN labels(n), degree ORDER BY degree DESC SKIP 1",
        "MATCH (n:Person) SET n += {tag: substring(n.name, 0, 2)}, n:Tagged REMOVE n.born RETURN n.tag UNION ALL RETURN 'x' AS `n.tag`",
        "MATCH (n) DETACH DELETE n RETURN count(*)",
        "CALL db.labels() YIELD label WHERE label STARTS WITH 'P' RETURN label",
    ];

    private static readonly string[] Fragments =
    [
        "(", ")", "[", "]", "{", "}", ",", ".", ":", "-", "->", "<-", "*", "..", "=", "<>", "+", "/", "%", "^", "$name", "'s'", "\"",
        "`q`", "1", "-1", "9223372036854775807", "0.5", "1e308", "null", "true", "MATCH", "RETURN", "WITH", "WHERE", "CREATE", "DELETE",
        "MERGE", "SET", "UNWIND", "AS", "AND", "OR", "NOT", "IN", "IS NULL", "count(*)", "collect(", "range(", "n", "x", "p", "CASE",
        "WHEN", "THEN", "END", "ORDER BY", "LIMIT", "SKIP", "DISTINCT", "OPTIONAL", "UNION", "CALL", "YIELD", "shortestPath(", "*0..",
        "/*", "*/", "//", "\\", "\n", " ", "EXISTS {", "reduce(", "any(", "[x IN", "|",
    ];

    [Fact]
    public void TenThousandRandomOrMutatedQueriesEndInAResultOrAClientError()
    {
        var random = new Random(20261127);
        using var database = EmbeddedDatabase.InMemory();
        var parameters = new Dictionary<string, object?> { ["name"] = "Ada" };
        var results = 0;
        var errors = 0;
        for (var i = 0; i < 10_000; i++)
        {
            if (i % 500 == 0)
            {
                database.Run("MATCH (n) DETACH DELETE n");
                database.Run("CREATE (:Person {name: 'Ada', born: 1815})-[:KNOWS]->(:Person {name: 'Bob', born: 1820})-[:AT]->(:Place {name: 'Lab'})");
            }
            var query = i % 4 == 0 ? Random(random) : Mutate(Seeds[random.Next(Seeds.Length)], random);
            using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                database.Run(query, parameters, AccessMode.Write, cancellation.Token).ToList();
                results++;
            }
            catch (GraphDatabaseException e)
            {
                Assert.True(e.IsClientError, $"query {i}: {query}\n{e.StatusCode}: {e.Message}");
                errors++;
            }
        }
        Assert.True(results > 100 && errors > 100, $"results {results}, errors {errors}");
    }

    private static string Random(Random random)
    {
        var parts = new List<string>();
        var count = random.Next(1, 25);
        for (var i = 0; i < count; i++) parts.Add(Fragments[random.Next(Fragments.Length)]);
        return string.Join(random.Next(3) == 0 ? "" : " ", parts);
    }

    private static string Mutate(string query, Random random)
    {
        var text = query;
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations && text.Length > 0; m++)
        {
            var at = random.Next(text.Length);
            var from = random.Next(text.Length);
            text = random.Next(4) switch
            {
                0 => text.Remove(at, Math.Min(text.Length - at, random.Next(1, 6))),
                1 => text.Insert(at, Fragments[random.Next(Fragments.Length)]),
                2 => text[..at] + (char)random.Next(32, 127) + text[Math.Min(text.Length, at + 1)..],
                _ => text.Insert(at, text.Substring(from, Math.Min(8, text.Length - from))),
            };
        }
        return text;
    }
}
