using System.Net;
using GraphExplorer.Server.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace GraphExplorer.Server.Tests.Endpoints;

/// <summary>
/// Shapes a small graph of its own beside the seeds with admin Cypher, so paths and evidence are known exactly:
/// a-b-d and a-c-d (two 2-hop paths), d-e, and a LINKED_TO from a to b carrying the evidence of a seeded sentence.
/// </summary>
public sealed class PathGraph : IAsyncLifetime
{
    public AdminServer Server { get; } = new();
    public HttpClient Client { get; private set; } = null!;
    public string SentenceKey { get; private set; } = "";
    public string SentenceText { get; private set; } = "";
    public string BriefKey { get; private set; } = "";
    public string? OutletKey { get; private set; }

    public async Task InitializeAsync()
    {
        Client = Server.CreateClient();
        BriefKey = (string)(await Client.GetJsonAsync("/api/briefs"))[0]!["key"]!;
        var brief = await Client.GetJsonAsync("/api/briefs/" + Uri.EscapeDataString(BriefKey));
        SentenceKey = (string)brief["sentences"]![1]!["key"]!;
        SentenceText = (string)brief["sentences"]![1]!["text"]!;
        OutletKey = (string?)brief["entities"]!.FirstOrDefault(e => (string?)e["type"] == "Outlet")?["key"];
        const string query = """
            CREATE (a:Entity:Person {key: 'test:a', name: 'Testa Alpha'}), (b:Entity:Person {key: 'test:b', name: 'Testa Bravo'}),
                   (c:Entity:Country {key: 'test:c', name: 'Testland'}), (d:Entity:Organization {key: 'test:d', name: 'Test Delta Org'}),
                   (e:Entity:Event {key: 'test:e', name: 'Test Echo Summit'}),
                   (a)-[:LINKED_TO {briefs: [$brief], sentences: [$sentence], outlets: $outlets, confidence: 0.9}]->(b),
                   (b)-[:SUPPORTS]->(d), (a)-[:LOCATED_IN]->(c), (d)-[:INVOLVED_IN]->(c), (d)-[:INVOLVED_IN]->(e)
            """;
        await Client.PostJsonAsync("/api/cypher",
            new { query, parameters = new { brief = BriefKey, sentence = SentenceKey, outlets = OutletKey is null ? [] : new[] { OutletKey } } },
            HttpStatusCode.OK, AdminServer.AdminHeaders);
    }

    public Task DisposeAsync()
    {
        Server.Dispose();
        return Task.CompletedTask;
    }
}

public class RelationshipAndPathEndpointTests(PathGraph graph) : IClassFixture<PathGraph>
{
    private readonly HttpClient _client = graph.Client;

    private static IEnumerable<string> KeysOf(JToken path) => path["nodes"]!.Select(n => (string)n["key"]!);

    [Fact]
    public async Task AdminWritesReachTheSearchIndex() =>
        Assert.Equal("test:a", (string?)(await _client.GetJsonAsync("/api/entities?q=testa alpha"))[0]!["key"]);

    [Fact]
    public async Task PathsAreTheKShortestShortestFirst()
    {
        var paths = (await _client.GetJsonAsync("/api/paths?from=test:a&to=test:e&maxHops=4&k=3"))["paths"]!.ToList();
        Assert.Equal(2, paths.Count);
        Assert.All(paths, p => Assert.Equal(3, p["relationships"]!.Count()));
        Assert.Equal(
            new[] { "test:a,test:b,test:d,test:e", "test:a,test:c,test:d,test:e" },
            paths.Select(p => string.Join(",", KeysOf(p))).Order());
    }

    [Fact]
    public async Task PathsRespectMaxHopsAndK()
    {
        Assert.Empty((await _client.GetJsonAsync("/api/paths?from=test:a&to=test:e&maxHops=2"))["paths"]!);
        var single = Assert.Single((await _client.GetJsonAsync("/api/paths?from=test:a&to=test:d&k=1"))["paths"]!);
        Assert.Equal("test:a", KeysOf(single).First());
        Assert.Equal("test:d", KeysOf(single).Last());
        Assert.Equal(2, single["relationships"]!.Count());
        Assert.Empty((await _client.GetJsonAsync("/api/paths?from=test:a&to=test:e&k=1&maxHops=2"))["paths"]!);
    }

    [Fact]
    public async Task PathsToAnUnknownEntityAre404AndMissingEndsAre400()
    {
        HttpJson.AssertProblem(await _client.GetJsonAsync("/api/paths?from=test:a&to=test:nowhere", HttpStatusCode.NotFound), 404);
        HttpJson.AssertProblem(await _client.GetJsonAsync("/api/paths?from=test:a", HttpStatusCode.BadRequest), 400);
    }

    [Fact]
    public async Task EvidenceNamesTheBriefSentenceAndOutlets()
    {
        var neighbours = await _client.GetJsonAsync("/api/entities/test:a/neighbours?relTypes=LINKED_TO");
        var relationship = Assert.Single(neighbours["relationships"]!);
        var answer = await _client.GetJsonAsync($"/api/relationships/{Uri.EscapeDataString((string)relationship["id"]!)}/evidence");
        Assert.Equal("LINKED_TO", (string?)answer["relationship"]!["type"]);
        Assert.Equal("test:a", (string?)answer["source"]!["key"]);
        Assert.Equal("test:b", (string?)answer["target"]!["key"]);
        var evidence = Assert.Single(answer["evidence"]!);
        Assert.Equal(graph.BriefKey, (string?)evidence["brief"]!["key"]);
        Assert.Equal(graph.SentenceKey, (string?)evidence["sentence"]!["key"]);
        Assert.Equal(graph.SentenceText, (string?)evidence["sentence"]!["text"]);
        var outlets = evidence["outlets"]!.Select(o => (string?)o["key"]).ToList();
        Assert.Equal(graph.OutletKey is null ? [] : [graph.OutletKey], outlets);
    }

    [Fact]
    public async Task EvidenceOfAnUnknownRelationshipIsA404()
    {
        HttpJson.AssertProblem(await _client.GetJsonAsync("/api/relationships/4%3Agraphexplorer%3Ar999999/evidence", HttpStatusCode.NotFound), 404);
        HttpJson.AssertProblem(await _client.GetJsonAsync("/api/relationships/not-an-id/evidence", HttpStatusCode.NotFound), 404);
    }

    [Fact]
    public async Task NeighbourDegreesCountRelationsOfTheElevenTypes()
    {
        var d = Assert.Single(await _client.GetJsonAsync("/api/entities?q=test delta org"));
        Assert.Equal(3, (long)d["degree"]!);
        var neighbourhood = await _client.GetJsonAsync("/api/entities/test:d/neighbours");
        Assert.Equal(3, (int)neighbourhood["total"]!);
        Assert.Equal(["test:b", "test:c", "test:e"], neighbourhood["nodes"]!.Select(n => (string)n["key"]!).Order());
    }
}
