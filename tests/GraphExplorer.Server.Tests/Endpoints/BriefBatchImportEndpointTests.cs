using System.Net;
using GraphExplorer.Server.Tests.Infrastructure;

namespace GraphExplorer.Server.Tests.Endpoints;

public class BriefBatchImportEndpointTests
{
    private static MultipartFormDataContent Form(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files) form.Add(new ByteArrayContent(content), "files", name);
        return form;
    }

    [Fact]
    public async Task ABatchImportsEveryGoodFileAndListsTheFailingOnesWithWhy()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();
        using var form = Form(
            ("ceasefire.txt", RepositoryFiles.SeedBytes("08-thailand-cambodia-ceasefire.txt")),
            ("empty.txt", []),
            ("boeing.txt", RepositoryFiles.SeedBytes("04-boeing-737-max-faa.txt")));

        using var response = await client.PostAsync("/api/briefs/batch", form);
        var answer = await HttpJson.ReadAsync(response, HttpStatusCode.OK);

        Assert.Equal(2, (int)answer["imported"]!);
        Assert.Equal(["ceasefire.txt", "boeing.txt"], answer["briefs"]!.Select(b => (string?)b["brief"]!["file"]));
        var failure = Assert.Single(answer["failures"]!);
        Assert.Equal("empty.txt", (string?)failure["file"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)failure["reason"]));
        Assert.Equal(2, (await client.GetJsonAsync("/api/briefs")).Count());
    }

    [Fact]
    public async Task ABatchThatIsNotAMultipartFormIsA400Problem()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();
        HttpJson.AssertProblem(await client.PostTextAsync("/api/briefs/batch", RepositoryFiles.SeedBytes("04-boeing-737-max-faa.txt"),
            HttpStatusCode.BadRequest), 400);
    }

    [Fact]
    public async Task WithAnApiKeyConfiguredABatchWithoutItIs401()
    {
        using var factory = new GraphExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:ApiKey"] = "secret" }, seeds: []);
        var client = factory.CreateClient();
        using var form = Form(("boeing.txt", RepositoryFiles.SeedBytes("04-boeing-737-max-faa.txt")));
        using var response = await client.PostAsync("/api/briefs/batch", form);
        HttpJson.AssertProblem(await HttpJson.ReadAsync(response, HttpStatusCode.Unauthorized), 401);
        Assert.Empty(await client.GetJsonAsync("/api/briefs"));
    }
}
