using System.Net;
using System.Xml.Linq;
using GraphExplorer.Cypher;
using GraphExplorer.Server.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace GraphExplorer.Server.Tests.Endpoints;

public class GraphEndpointTests(SeededServer server) : IClassFixture<SeededServer>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task HealthzAnswersOk() => Assert.Equal("ok", (string?)(await _client.GetJsonAsync("/healthz"))["status"]);

    [Fact]
    public async Task StatsCountNodesByLabelAndRelationshipsByType()
    {
        var stats = await _client.GetJsonAsync("/api/stats");
        Assert.Equal(2, (long)stats["briefs"]!);
        Assert.Equal((long)stats["labels"]!["Entity"]!, (long)stats["entities"]!);
        Assert.Equal(((JObject)stats["relationshipTypes"]!).Properties().Sum(p => (long)p.Value), (long)stats["relationships"]!);
        Assert.True((long)stats["nodes"]! > (long)stats["entities"]! + 2);
    }

    [Fact]
    public async Task SchemaListsLabelsTypesAndPropertyKeys()
    {
        var schema = await _client.GetJsonAsync("/api/schema");
        Assert.Contains("Entity", schema["labels"]!.Values<string>());
        Assert.Contains("MENTIONS", schema["relationshipTypes"]!.Values<string>());
        Assert.Contains("key", schema["propertyKeys"]!.Values<string>());
    }

    [Fact]
    public async Task JsonExportHoldsTheWholeGraph()
    {
        var stats = await _client.GetJsonAsync("/api/stats");
        using var response = await _client.GetAsync("/api/export?format=json");
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var export = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((long)stats["nodes"]!, export["nodes"]!.Count());
        Assert.Equal((long)stats["relationships"]!, export["relationships"]!.Count());
    }

    [Fact]
    public async Task GraphMlExportIsValidXmlWithEveryNodeAndEdge()
    {
        var stats = await _client.GetJsonAsync("/api/stats");
        var document = XDocument.Parse(await _client.GetStringAsync("/api/export?format=graphml"));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal((long)stats["nodes"]!, document.Descendants(ns + "node").Count());
        Assert.Equal((long)stats["relationships"]!, document.Descendants(ns + "edge").Count());
    }

    [Fact]
    public async Task CypherExportRebuildsTheGraphInAnEmptyDatabase()
    {
        var stats = await _client.GetJsonAsync("/api/stats");
        var script = await _client.GetStringAsync("/api/export?format=cypher");
        using var database = EmbeddedDatabase.InMemory();
        foreach (var statement in script.Split('\n').Where(line => line.Length > 0 && !line.StartsWith("//")))
        {
            using var result = database.Run(statement.TrimEnd(';'));
            foreach (var _ in result) { }
        }
        using var count = database.Run("MATCH (n) RETURN count(n) AS nodes");
        Assert.Equal((long)stats["nodes"]!, (long)count.Single()[0]!);
        using var leftovers = database.Run("MATCH (n) WHERE n._exportId IS NOT NULL RETURN count(n)");
        Assert.Equal(0L, (long)leftovers.Single()[0]!);
    }

    [Fact]
    public async Task UnknownExportFormatIsA400Problem() =>
        HttpJson.AssertProblem(await _client.GetJsonAsync("/api/export?format=xlsx", HttpStatusCode.BadRequest), 400);

    [Fact]
    public async Task OpenApiDocumentDescribesTheApiAndTheReferencePageRendersIt()
    {
        var document = await _client.GetJsonAsync("/openapi/v1.json");
        var paths = ((JObject)document["paths"]!).Properties().Select(p => p.Name).ToList();
        Assert.Contains("/api/entities/{key}/neighbours", paths);
        Assert.Contains("/api/cypher", paths);
        Assert.NotNull(document["paths"]!["/api/briefs"]!["post"]!["requestBody"]!["content"]!["text/plain"]);
        var node = document["components"]!["schemas"]!["Node"]!["properties"]!;
        Assert.Equal(["id", "key", "labels", "properties"], ((JObject)node).Properties().Select(p => p.Name));
        var page = await _client.GetStringAsync("/api-docs");
        Assert.Contains("/openapi/v1.json", page);
    }

    [Fact]
    public async Task UnknownApiPathsAre404ProblemsNotTheBrowserApp() =>
        HttpJson.AssertProblem(await _client.GetJsonAsync("/api/nothing/here", HttpStatusCode.NotFound), 404);
}
