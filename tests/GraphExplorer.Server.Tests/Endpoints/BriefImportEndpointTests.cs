using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GraphExplorer.Server.Tests.Infrastructure;

namespace GraphExplorer.Server.Tests.Endpoints;

public class BriefImportEndpointTests
{
    [Fact]
    public async Task PostingABriefImportsItAndAnswersWithWhatWasAdded()
    {
        using var factory = new GraphExplorerFactory();
        var client = factory.CreateClient();
        var answer = await client.PostTextAsync("/api/briefs?name=red-sea.txt", RepositoryFiles.SeedBytes("03-red-sea-houthi-shipping.txt"));
        Assert.False((bool)answer["skipped"]!);
        Assert.Equal("red-sea.txt", (string?)answer["brief"]!["file"]);
        Assert.True((int)answer["entitiesAdded"]! > 0);
        Assert.NotEmpty(answer["nodes"]!);
        Assert.All(answer["nodes"]!, n => Assert.Contains("Entity", n["labels"]!.Values<string>()));
        var key = (string)answer["brief"]!["key"]!;
        Assert.Contains(await client.GetJsonAsync("/api/briefs"), b => (string?)b["key"] == key);
        Assert.NotEmpty((await client.GetJsonAsync("/api/entities?q=houthi")));
    }

    [Fact]
    public async Task PostingTheSameBriefAgainIsSkipped()
    {
        using var factory = new GraphExplorerFactory();
        var client = factory.CreateClient();
        var again = await client.PostTextAsync("/api/briefs", RepositoryFiles.SeedBytes(GraphExplorerFactory.DefaultSeeds[0]));
        Assert.True((bool)again["skipped"]!);
        Assert.Empty(again["nodes"]!);
        Assert.Equal(2, (await client.GetJsonAsync("/api/briefs")).Count());
    }

    [Fact]
    public async Task AMultipartFileIsImportedUnderItsFileName()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(RepositoryFiles.SeedBytes("04-boeing-737-max-faa.txt"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "boeing.txt");
        using var response = await client.PostAsync("/api/briefs", form);
        var answer = await HttpJson.ReadAsync(response, HttpStatusCode.Created);
        Assert.Equal("boeing.txt", (string?)answer["brief"]!["file"]);
    }

    [Fact]
    public async Task AnEmptyOrBinaryBriefIsA400Problem()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();
        HttpJson.AssertProblem(await client.PostTextAsync("/api/briefs", [], HttpStatusCode.BadRequest), 400);
        HttpJson.AssertProblem(await client.PostTextAsync("/api/briefs", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 0, 1, 2, 3], HttpStatusCode.BadRequest), 400);
        Assert.Empty(await client.GetJsonAsync("/api/briefs"));
    }

    [Fact]
    public async Task ABriefOverTheSizeLimitIsA413Problem()
    {
        using var factory = new GraphExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:MaxBriefBytes"] = "4096" }, seeds: []);
        var client = factory.CreateClient();
        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The minister met the envoy in Geneva. ", 200)));
        HttpJson.AssertProblem(await client.PostTextAsync("/api/briefs", large, HttpStatusCode.RequestEntityTooLarge), 413);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(large), "file", "large.txt" } };
        using var response = await client.PostAsync("/api/briefs", form);
        HttpJson.AssertProblem(await HttpJson.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge), 413);
        Assert.Empty(await client.GetJsonAsync("/api/briefs"));
    }

    [Fact]
    public async Task WithAnApiKeyConfiguredAWriteWithoutItIs401()
    {
        using var factory = new GraphExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:ApiKey"] = "secret" }, seeds: []);
        var client = factory.CreateClient();
        var brief = RepositoryFiles.SeedBytes("05-who-pandemic-agreement.txt");
        HttpJson.AssertProblem(await client.PostTextAsync("/api/briefs", brief, HttpStatusCode.Unauthorized), 401);
        HttpJson.AssertProblem(await client.PostTextAsync("/api/briefs", brief, HttpStatusCode.Unauthorized,
            new Dictionary<string, string> { ["X-Api-Key"] = "wrong" }), 401);
        Assert.Empty(await client.GetJsonAsync("/api/briefs"));
        await client.PostTextAsync("/api/briefs", brief, HttpStatusCode.Created, new Dictionary<string, string> { ["X-Api-Key"] = "secret" });
        Assert.Single(await client.GetJsonAsync("/api/briefs"));
    }

    [Fact]
    public async Task TwoConcurrentImportsOfDifferentBriefsBothLandIntact()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();
        string[] files = ["06-brazil-amazon-cop30.txt", "07-india-pakistan-kashmir.txt"];
        var answers = await Task.WhenAll(files.Select(f => client.PostTextAsync("/api/briefs?name=" + f, RepositoryFiles.SeedBytes(f))));

        using var reference = new GraphExplorerFactory(seeds: []);
        var referenceClient = reference.CreateClient();
        foreach (var (file, answer) in files.Zip(answers))
        {
            var alone = await referenceClient.PostTextAsync("/api/briefs?name=" + file, RepositoryFiles.SeedBytes(file));
            var key = (string)answer["brief"]!["key"]!;
            Assert.Equal((string?)alone["brief"]!["key"], key);
            var concurrent = await client.GetJsonAsync("/api/briefs/" + Uri.EscapeDataString(key));
            var sequential = await referenceClient.GetJsonAsync("/api/briefs/" + Uri.EscapeDataString(key));
            Assert.Equal(sequential["sentences"]!.Select(s => (string?)s["text"]), concurrent["sentences"]!.Select(s => (string?)s["text"]));
            Assert.Equal(sequential["entities"]!.Select(e => (string?)e["key"]).Order(), concurrent["entities"]!.Select(e => (string?)e["key"]).Order());
        }
        Assert.Equal(2, (await client.GetJsonAsync("/api/briefs")).Count());
    }
}
