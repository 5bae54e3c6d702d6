using System.Net;
using System.Text;
using GraphExplorer.Server.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Codes = GraphExplorer.Graph.StatusCodes;

namespace GraphExplorer.Server.Tests.Endpoints;

public class CypherEndpointTests(AdminServer server) : IClassFixture<AdminServer>
{
    private readonly HttpClient _client = server.CreateClient();

    private Task<JToken> CountAsync(string label) =>
        _client.PostJsonAsync("/api/cypher", new { query = $"MATCH (n:{label}) RETURN count(n) AS n" });

    [Fact]
    public async Task ReadQueryAnswersColumnsRowsAndTheGraphInThem()
    {
        var answer = await _client.PostJsonAsync("/api/cypher", new { query = "MATCH (e:Entity) RETURN e.name AS name, e LIMIT 3" });
        Assert.Equal(["name", "e"], answer["columns"]!.Values<string>());
        Assert.Equal(3, answer["rows"]!.Count());
        Assert.Equal(3, answer["graph"]!["nodes"]!.Count());
        Assert.All(answer["rows"]!, row => Assert.Equal((string?)row[0], (string?)row[1]!["properties"]!["name"]));
        Assert.False((bool)answer["truncated"]!);
        Assert.Equal(0, (int)answer["stats"]!["nodesCreated"]!);
    }

    [Fact]
    public async Task ParametersArePassedThrough()
    {
        var answer = await _client.PostJsonAsync("/api/cypher",
            new { query = "RETURN $list AS list, $map.flag AS flag", parameters = new { list = new object[] { 1, "a", 2.5 }, map = new { flag = true } } });
        var row = answer["rows"]![0]!;
        Assert.Equal(JArray.Parse("[1, \"a\", 2.5]").ToString(), row[0]!.ToString());
        Assert.True((bool)row[1]!);
    }

    [Fact]
    public async Task RowsAreCappedAndMarkedTruncated()
    {
        var answer = await _client.PostJsonAsync("/api/cypher", new { query = "UNWIND range(1, 20) AS x RETURN x" });
        Assert.Equal(5, answer["rows"]!.Count());
        Assert.True((bool)answer["truncated"]!);
    }

    [Fact]
    public async Task SyntaxErrorIsA400WithTheNeo4jCodeAndPosition()
    {
        var problem = HttpJson.AssertProblem(
            await _client.PostJsonAsync("/api/cypher", new { query = "MATCH (n) RETRUN n" }, HttpStatusCode.BadRequest), 400);
        Assert.Equal(Codes.SyntaxError, (string?)problem["code"]);
        Assert.Equal(1, (int)problem["position"]!["line"]!);
        Assert.True((int)problem["position"]!["offset"]! > 0);
    }

    [Fact]
    public async Task WriteWithoutTheAdminKeyIsRefusedBeforeAnythingRuns()
    {
        var before = (long)(await CountAsync("Marker"))["rows"]![0]![0]!;
        var problem = HttpJson.AssertProblem(
            await _client.PostJsonAsync("/api/cypher", new { query = "CREATE (:Marker) RETURN 1" }, HttpStatusCode.Forbidden), 403);
        Assert.Equal(Codes.ForbiddenOnReadOnlyDatabase, (string?)problem["code"]);
        Assert.Equal(before, (long)(await CountAsync("Marker"))["rows"]![0]![0]!);
    }

    [Fact]
    public async Task AWrongAdminKeyIsForbidden()
    {
        var headers = new Dictionary<string, string> { ["X-Admin-Key"] = "guess" };
        HttpJson.AssertProblem(await _client.PostJsonAsync("/api/cypher", new { query = "RETURN 1" }, HttpStatusCode.Forbidden, headers), 403);
    }

    [Fact]
    public async Task TheAdminKeyAllowsWrites()
    {
        var answer = await _client.PostJsonAsync("/api/cypher", new { query = "CREATE (n:AdminMarker {name: 'x'}) RETURN n" },
            HttpStatusCode.OK, AdminServer.AdminHeaders);
        Assert.Equal(1, (int)answer["stats"]!["nodesCreated"]!);
        Assert.Equal(1L, (long)(await CountAsync("AdminMarker"))["rows"]![0]![0]!);
    }

    [Fact]
    public async Task ABodyThatIsNotAQueryIsA400Problem()
    {
        using var content = new StringContent("{\"parameters\": {}}", Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/cypher", content);
        HttpJson.AssertProblem(await HttpJson.ReadAsync(response, HttpStatusCode.BadRequest), 400);
        using var broken = new StringContent("{not json", Encoding.UTF8, "application/json");
        using var brokenResponse = await _client.PostAsync("/api/cypher", broken);
        HttpJson.AssertProblem(await HttpJson.ReadAsync(brokenResponse, HttpStatusCode.BadRequest), 400);
    }
}
