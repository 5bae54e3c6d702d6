using System.Net;
using GraphExplorer.Server.Tests.Infrastructure;

namespace GraphExplorer.Server.Tests.WebApp;

/// <summary>The browser app's files, as the .NET build wrote them into the server's wwwroot.</summary>
public class WebAppFilesTests(SeededServer server) : IClassFixture<SeededServer>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task TheAppIsServedAtTheRootAndForUnknownPagesAlike()
    {
        foreach (var path in new[] { "/", "/some/view/link" })
        {
            using var response = await _client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("id=\"graph\"", html);
            Assert.Contains("/assets/index.js", html);
        }
    }

    [Fact]
    public async Task ScriptsAreRevalidatedOnEveryLoadSoANewBuildIsNeverMissed()
    {
        using var first = await _client.GetAsync("/assets/index.js");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/javascript", first.Content.Headers.ContentType?.MediaType);
        Assert.True(first.Headers.CacheControl?.NoCache, "Cache-Control: no-cache");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/index.js");
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }
}
