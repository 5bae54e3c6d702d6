using GraphExplorer.Benchmarks.Data;
using static GraphExplorer.Benchmarks.Queries.AnswerChecks;

namespace GraphExplorer.Benchmarks.Queries;

/// <summary>
/// The queries of GRAPH-SPEC.md in the order and under the ids of Kuzu's bench.js, including its labelled
/// variants. Q4 runs in the openCypher form the spec gives (<c>shortestPath(…[*..6]…)</c>).
/// </summary>
public static class BenchmarkQueries
{
    private const string Q2 = "MATCH (e {id: $id})-[r]-(m) RETURN m, r LIMIT 200";
    private const string Q3 = "MATCH (a {id: $id})-[]-()-[]-(c) WHERE c.id <> a.id RETURN count(DISTINCT c) AS n";
    private const string Q6 = "MATCH (e)<-[:MENTIONS]-(b:Brief)-[:MENTIONS]->(o) WHERE e.id = $id AND o.id <> e.id RETURN o.name AS name, count(*) AS c ORDER BY c DESC, name LIMIT 10";

    public static IReadOnlyList<BenchmarkQuery> For(BenchmarkData data)
    {
        var p = data.Manifest.Params;
        var x = data.Expected;
        var e = data.Manifest.Expected;
        return
        [
            new("Q1", "MATCH (p:Person {name: $n}) RETURN p", Args(("n", p.Q1Name)), NodeWithId(p.Q1Id)),
            new("Q2-hot", Q2, Args(("id", p.HotId)), Neighbourhood(x.Q2HotRows)),
            new("Q2-mid", Q2, Args(("id", p.MidId)), Neighbourhood(x.Q2MidRows)),
            new("Q3-hot", Q3, Args(("id", p.HotId)), SingleInteger(x.Q3Hot)),
            new("Q3-mid", Q3, Args(("id", p.MidId)), SingleInteger(x.Q3Mid)),
            new("Q4", "MATCH p = shortestPath((a {id: $a})-[*..6]-(b {id: $b})) RETURN length(p) AS len",
                Args(("a", p.Q4From), ("b", p.Q4To)), SingleInteger(x.Q4Len)),
            new("Q5", "MATCH (b:Brief)-[:MENTIONS]->(e) RETURN e.id AS id, e.name AS name, count(*) AS c ORDER BY c DESC, id LIMIT 10",
                Args(), TopMentioned(e.Q5Top10)),
            new("Q6-hot", Q6, Args(("id", p.HotId)), CoMentioned(e.Q6Hot)),
            new("Q6-mid", Q6, Args(("id", p.MidId)), CoMentioned(e.Q6Mid)),
            new("Q2L-hot", "MATCH (e:Person {id: $id})-[r]-(m) RETURN m, r LIMIT 200", Args(("id", p.HotId)), Neighbourhood(x.Q2HotRows)),
            new("Q3L-hot", "MATCH (a:Person {id: $id})-[]-()-[]-(c) WHERE c.id <> a.id RETURN count(DISTINCT c) AS n",
                Args(("id", p.HotId)), SingleInteger(x.Q3Hot)),
            new("Q4L", "MATCH p = shortestPath((a:Person {id: $a})-[*..6]-(b:Organization {id: $b})) RETURN length(p) AS len",
                Args(("a", p.Q4From), ("b", p.Q4To)), SingleInteger(x.Q4Len)),
            new("Q6L-hot", "MATCH (e:Person)<-[:MENTIONS]-(b:Brief)-[:MENTIONS]->(o) WHERE e.id = $id AND o.id <> e.id RETURN o.name AS name, count(*) AS c ORDER BY c DESC, name LIMIT 10",
                Args(("id", p.HotId)), CoMentioned(e.Q6Hot)),
        ];
    }

    /// <summary>Queries typed on the command line for investigation, given every parameter of the spec and checked by nothing.</summary>
    public static IReadOnlyList<BenchmarkQuery> AdHoc(BenchmarkData data, IReadOnlyList<string> texts)
    {
        var p = data.Manifest.Params;
        var parameters = Args(("n", p.Q1Name), ("id", p.HotId), ("mid", p.MidId), ("a", p.Q4From), ("b", p.Q4To));
        return texts.Select((text, i) => new BenchmarkQuery($"ADHOC{i + 1}", text, parameters, _ => null)).ToArray();
    }

    private static IReadOnlyDictionary<string, object?> Args(params (string Name, object? Value)[] pairs) =>
        pairs.ToDictionary(pair => pair.Name, pair => pair.Value);
}
