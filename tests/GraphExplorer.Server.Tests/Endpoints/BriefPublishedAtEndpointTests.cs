using System.Net;
using System.Text;
using GraphExplorer.Server.Tests.Infrastructure;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GraphExplorer.Server.Tests.Endpoints;

public class BriefPublishedAtEndpointTests
{
    private const string Seed = "08-thailand-cambodia-ceasefire.txt";

    /// <summary>JSON with date-like strings kept as the server wrote them (JToken.Parse would turn them into dates).</summary>
    private static async Task<JToken> SendAsync(HttpClient client, HttpRequestMessage request, HttpStatusCode expected)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    private static Task<JToken> GetAsync(HttpClient client, string url) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Get, url), HttpStatusCode.OK);

    private static Task<JToken> PostTextAsync(HttpClient client, string url, byte[] brief, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var content = new ByteArrayContent(brief);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        return SendAsync(client, new HttpRequestMessage(HttpMethod.Post, url) { Content = content }, expected);
    }

    private static Task<JToken> PostFormAsync(HttpClient client, string url, string? publishedAt, HttpStatusCode expected, params (string Field, string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (field, name, content) in files) form.Add(new ByteArrayContent(content), field, name);
        if (publishedAt is not null) form.Add(new StringContent(publishedAt), "publishedAt");
        return SendAsync(client, new HttpRequestMessage(HttpMethod.Post, url) { Content = form }, expected);
    }

    private static byte[] Dated(string dateline, string seed = Seed) =>
        Encoding.UTF8.GetBytes(dateline + "\n" + Encoding.UTF8.GetString(RepositoryFiles.SeedBytes(seed)));

    private static async Task AssertEveryBriefEndpointSays(HttpClient client, string key, string? publishedAt)
    {
        var row = Assert.Single(await GetAsync(client, "/api/briefs"), b => (string?)b["key"] == key);
        Assert.Equal(publishedAt, (string?)row["publishedAt"]);
        Assert.Equal(publishedAt, (string?)(await GetAsync(client, "/api/briefs/" + Uri.EscapeDataString(key)))["publishedAt"]);
    }

    [Fact]
    public async Task APublishedAtQueryParameterIsStoredInUtcAndReturnedByTheBriefEndpoints()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();

        var answer = await PostTextAsync(client, "/api/briefs?publishedAt=" + Uri.EscapeDataString("2025-07-28T10:00:00+07:00"),
            RepositoryFiles.SeedBytes(Seed));

        Assert.Equal("2025-07-28T03:00:00.000Z", (string?)answer["brief"]!["publishedAt"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", (string?)answer["brief"]!["importedAt"]);
        await AssertEveryBriefEndpointSays(client, (string)answer["brief"]!["key"]!, "2025-07-28T03:00:00.000Z");
    }

    [Fact]
    public async Task TheBriefsOwnDatelineIsThePublicationTimeAndNotASentence()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();

        var answer = await PostTextAsync(client, "/api/briefs", Dated("Published 28 July 2025"));

        var key = (string)answer["brief"]!["key"]!;
        await AssertEveryBriefEndpointSays(client, key, "2025-07-28T00:00:00.000Z");
        var detail = await GetAsync(client, "/api/briefs/" + Uri.EscapeDataString(key));
        Assert.DoesNotContain(detail["sentences"]!, s => ((string?)s["text"])!.Contains("28 July 2025"));
    }

    [Fact]
    public async Task WithoutOneThePublicationTimeIsNull()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();

        var answer = await PostTextAsync(client, "/api/briefs", RepositoryFiles.SeedBytes(Seed));

        Assert.Equal(JTokenType.Null, answer["brief"]!["publishedAt"]!.Type);
        await AssertEveryBriefEndpointSays(client, (string)answer["brief"]!["key"]!, null);
    }

    [Fact]
    public async Task AMultipartFormMayGiveItAsAField()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();

        var answer = await PostFormAsync(client, "/api/briefs", "2025-07-29", HttpStatusCode.Created, ("file", "ceasefire.txt", RepositoryFiles.SeedBytes(Seed)));

        Assert.Equal("2025-07-29T00:00:00.000Z", (string?)answer["brief"]!["publishedAt"]);
    }

    [Fact]
    public async Task ABatchGivesItToEveryBrief()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();

        var answer = await PostFormAsync(client, "/api/briefs/batch", "2025-07-30T12:00:00Z", HttpStatusCode.OK,
            ("files", "ceasefire.txt", RepositoryFiles.SeedBytes(Seed)),
            ("files", "boeing.txt", RepositoryFiles.SeedBytes("04-boeing-737-max-faa.txt")));

        Assert.Equal(2, (int)answer["imported"]!);
        Assert.All(answer["briefs"]!, b => Assert.Equal("2025-07-30T12:00:00.000Z", (string?)b["brief"]!["publishedAt"]));
        Assert.All(await GetAsync(client, "/api/briefs"), b => Assert.Equal("2025-07-30T12:00:00.000Z", (string?)b["publishedAt"]));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("28 July 2025")]
    [InlineData("2025-02-30")]
    [InlineData("2025-07-28T10:00:00")]
    public async Task ABadPublishedAtIsA400NamingTheFieldAndNothingIsImported(string value)
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();
        var brief = RepositoryFiles.SeedBytes(Seed);

        var refusals = new[]
        {
            await PostTextAsync(client, "/api/briefs?publishedAt=" + Uri.EscapeDataString(value), brief, HttpStatusCode.BadRequest),
            await PostFormAsync(client, "/api/briefs", value, HttpStatusCode.BadRequest, ("file", "ceasefire.txt", brief)),
            await PostFormAsync(client, "/api/briefs/batch", value, HttpStatusCode.BadRequest, ("files", "ceasefire.txt", brief)),
            await PostFormAsync(client, "/api/briefs/batch?publishedAt=" + Uri.EscapeDataString(value), null, HttpStatusCode.BadRequest,
                ("files", "ceasefire.txt", brief)),
        };

        Assert.All(refusals, refusal =>
        {
            var problem = HttpJson.AssertProblem(refusal, 400);
            Assert.StartsWith("publishedAt:", (string?)problem["detail"]);
            Assert.Contains(value, (string?)problem["detail"]);
        });
        Assert.Empty(await GetAsync(client, "/api/briefs"));
    }
}
