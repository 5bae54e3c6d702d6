using System.Net;
using GraphExplorer.Server.Tests.Infrastructure;

namespace GraphExplorer.Server.Tests.Hosting;

/// <summary>Cross-origin access: closed unless origins are configured, and then only for those.</summary>
public class CorsTests
{
    private const string Allowed = "https://analysts.example.org";
    private const string Other = "https://elsewhere.example.com";

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/cypher");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static HttpRequestMessage Read(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Add("Origin", origin);
        return request;
    }

    [Fact]
    public async Task WithNoOriginsConfiguredNoPageElsewhereMayCallTheApi()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        using var client = factory.CreateClient();
        using var preflight = await client.SendAsync(Preflight(Other));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        using var read = await client.SendAsync(Read(Other));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.False(read.Headers.Contains("Access-Control-Allow-Origin"), "the browser keeps the answer from the other page");
    }

    [Fact]
    public async Task AConfiguredOriginMayCallTheApiAndNoOtherMay()
    {
        using var factory = new GraphExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:CorsOrigins:0"] = Allowed }, seeds: []);
        using var client = factory.CreateClient();

        using var allowed = await client.SendAsync(Preflight(Allowed));
        Assert.Equal(Allowed, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods")));
        using var read = await client.SendAsync(Read(Allowed));
        Assert.Equal(Allowed, Assert.Single(read.Headers.GetValues("Access-Control-Allow-Origin")));

        using var other = await client.SendAsync(Preflight(Other));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
