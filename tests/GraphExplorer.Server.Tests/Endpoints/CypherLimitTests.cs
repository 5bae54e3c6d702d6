using System.Net;
using GraphExplorer.Server.Tests.Infrastructure;

namespace GraphExplorer.Server.Tests.Endpoints;

public class CypherLimitTests
{
    [Fact]
    public async Task RequestsPastTheRateLimitAreRejectedWith429()
    {
        using var factory = new GraphExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:Cypher:RateLimitPermits"] = "2" }, seeds: []);
        var client = factory.CreateClient();
        await client.PostJsonAsync("/api/cypher", new { query = "RETURN 1" });
        await client.PostJsonAsync("/api/cypher", new { query = "RETURN 1" });
        using var response = await client.PostAsync("/api/cypher", new StringContent("{\"query\": \"RETURN 1\"}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task AdminWritesAlsoNeedTheApiKeyWhenOneIsConfigured()
    {
        using var factory = new GraphExplorerFactory(new Dictionary<string, string?>
        {
            ["GraphExplorer:AdminKey"] = "admin", ["GraphExplorer:ApiKey"] = "api",
        }, seeds: []);
        var client = factory.CreateClient();
        var admin = new Dictionary<string, string> { ["X-Admin-Key"] = "admin" };
        HttpJson.AssertProblem(await client.PostJsonAsync("/api/cypher", new { query = "CREATE (:X)" }, HttpStatusCode.Unauthorized, admin), 401);
        var both = new Dictionary<string, string> { ["X-Admin-Key"] = "admin", ["X-Api-Key"] = "api" };
        var answer = await client.PostJsonAsync("/api/cypher", new { query = "CREATE (:X)" }, HttpStatusCode.OK, both);
        Assert.Equal(1, (int)answer["stats"]!["nodesCreated"]!);
    }

    [Fact]
    public async Task WithoutAConfiguredAdminKeyNobodyMayWrite()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();
        var headers = new Dictionary<string, string> { ["X-Admin-Key"] = "" };
        HttpJson.AssertProblem(await client.PostJsonAsync("/api/cypher", new { query = "CREATE (:X)" }, HttpStatusCode.Forbidden, headers), 403);
        HttpJson.AssertProblem(await client.PostJsonAsync("/api/cypher", new { query = "CREATE (:X)" }, HttpStatusCode.Forbidden), 403);
    }

    [Fact]
    public async Task AQueryPastTheTimeoutIsCancelledWith408()
    {
        using var factory = new GraphExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:Cypher:Timeout"] = "00:00:00.050" }, seeds: []);
        var client = factory.CreateClient();
        var problem = HttpJson.AssertProblem(await client.PostJsonAsync("/api/cypher",
            new { query = "UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y RETURN count(*)" }, HttpStatusCode.RequestTimeout), 408);
        Assert.Equal(GraphExplorer.Graph.StatusCodes.TransactionTerminated, (string?)problem["code"]);
    }
}
