using System.Net;
using GraphExplorer.Server.Tests.Infrastructure;

namespace GraphExplorer.Server.Tests.Endpoints;

public class BriefReadEndpointTests(SeededServer server) : IClassFixture<SeededServer>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task TheSeedsAreImportedOnFirstStart()
    {
        var briefs = await _client.GetJsonAsync("/api/briefs");
        Assert.Equal(GraphExplorerFactory.DefaultSeeds.Order(), briefs.Select(b => (string)b["file"]!).Order());
        Assert.All(briefs, b => Assert.True((long)b["sentenceCount"]! > 0));
        Assert.All(briefs, b => Assert.True((long)b["entityCount"]! > 0));
    }

    [Fact]
    public async Task BriefDetailHasSentencesInOrderAndTheEntitiesOfEach()
    {
        var key = (string)(await _client.GetJsonAsync("/api/briefs"))[0]!["key"]!;
        var brief = await _client.GetJsonAsync("/api/briefs/" + Uri.EscapeDataString(key));
        var sentences = brief["sentences"]!.ToList();
        Assert.NotEmpty(sentences);
        Assert.Equal(sentences.Select(s => (long)s["index"]!).Order(), sentences.Select(s => (long)s["index"]!));
        Assert.All(sentences, s => Assert.True((long)s["end"]! > (long)s["start"]!));
        var entities = brief["entities"]!.ToList();
        Assert.NotEmpty(entities);
        Assert.All(entities, e => Assert.All(e["sentences"]!, i => Assert.InRange((long)i, 0, sentences.Count - 1)));
        Assert.NotNull(brief["relationships"]);
    }

    [Fact]
    public async Task UnknownBriefIsA404Problem() =>
        HttpJson.AssertProblem(await _client.GetJsonAsync("/api/briefs/brief:nope", HttpStatusCode.NotFound), 404);
}
