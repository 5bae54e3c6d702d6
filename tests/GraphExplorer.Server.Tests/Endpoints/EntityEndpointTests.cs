using System.Net;
using GraphExplorer.Server.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace GraphExplorer.Server.Tests.Endpoints;

public class EntityEndpointTests(SeededServer server) : IClassFixture<SeededServer>
{
    private readonly HttpClient _client = server.CreateClient();

    private async Task<string> KeyOfAsync(string name)
    {
        var results = await _client.GetJsonAsync("/api/entities?q=" + Uri.EscapeDataString(name));
        return (string)results.First(r => (string?)r["name"] == name)["key"]!;
    }

    [Fact]
    public async Task SearchFindsSeededEntitiesWithTheirTypeAliasesAndDegree()
    {
        var china = (await _client.GetJsonAsync("/api/entities?q=china"))[0]!;
        Assert.Equal("China", (string?)china!["name"]);
        Assert.Equal("Country", (string?)china["type"]);
        Assert.NotNull(china["aliases"]);
        Assert.Equal(JTokenType.Integer, china["degree"]!.Type);
        Assert.Null(china["id"]);
    }

    [Fact]
    public async Task SearchIsCaseAccentInsensitiveAndToleratesTypos()
    {
        Assert.Equal("China", (string?)(await _client.GetJsonAsync("/api/entities?q=CHÍNA"))[0]!["name"]);
        Assert.Equal("China", (string?)(await _client.GetJsonAsync("/api/entities?q=chnia"))[0]!["name"]);
        Assert.Contains(await _client.GetJsonAsync("/api/entities?q=leye"), r => (string?)r["name"] == "Ursula von der Leyen");
    }

    [Fact]
    public async Task SearchFiltersByTypeAndLimits()
    {
        var people = await _client.GetJsonAsync("/api/entities?q=a&type=Person&limit=3");
        Assert.InRange(people.Count(), 0, 3);
        Assert.All(people, p => Assert.Equal("Person", (string?)p["type"]));
    }

    [Fact]
    public async Task EntityDetailListsBriefsMentionsAndRelationshipCounts()
    {
        var detail = await _client.GetJsonAsync("/api/entities/" + Uri.EscapeDataString(await KeyOfAsync("China")));
        Assert.Equal("China", (string?)detail["name"]);
        Assert.Contains("Country", detail["node"]!["labels"]!.Values<string>());
        Assert.StartsWith("4:graphexplorer:n", (string?)detail["node"]!["id"]);
        Assert.True((long)detail["mentions"]! >= 1);
        Assert.NotEmpty(detail["briefs"]!);
        Assert.All(detail["briefs"]!, b => Assert.False(string.IsNullOrEmpty((string?)b["title"])));
        Assert.Equal(JTokenType.Object, detail["relationshipCounts"]!.Type);
    }

    [Fact]
    public async Task UnknownEntityIsA404Problem()
    {
        var problem = HttpJson.AssertProblem(await _client.GetJsonAsync("/api/entities/country:atlantis", HttpStatusCode.NotFound), 404);
        Assert.Contains("country:atlantis", (string?)problem["detail"]);
        HttpJson.AssertProblem(await _client.GetJsonAsync("/api/entities/country:atlantis/neighbours", HttpStatusCode.NotFound), 404);
    }

    [Fact]
    public async Task NeighboursArePagedWithTheTotal()
    {
        var key = Uri.EscapeDataString(await KeyOfAsync("China"));
        var all = await _client.GetJsonAsync($"/api/entities/{key}/neighbours");
        var total = (int)all["total"]!;
        Assert.Equal(100, (int)all["limit"]!);
        Assert.Equal(Math.Min(total, 100), all["nodes"]!.Count());
        Assert.Equal(key, Uri.EscapeDataString((string)all["center"]!["key"]!));
        var centerId = (string)all["center"]!["id"]!;
        Assert.All(all["relationships"]!, r => Assert.Contains(centerId, new[] { (string?)r["start"], (string?)r["end"] }));

        var first = await _client.GetJsonAsync($"/api/entities/{key}/neighbours?limit=1&offset=0");
        Assert.Equal(total, (int)first["total"]!);
        Assert.True(first["nodes"]!.Count() <= 1);
        if (total > 1)
        {
            var second = await _client.GetJsonAsync($"/api/entities/{key}/neighbours?limit=1&offset=1");
            Assert.NotEqual((string?)first["nodes"]![0]!["id"], (string?)second["nodes"]![0]!["id"]);
        }
    }

    [Fact]
    public async Task NeighboursCanBeFilteredByTypeAndRelationshipType()
    {
        var key = Uri.EscapeDataString(await KeyOfAsync("China"));
        var countries = await _client.GetJsonAsync($"/api/entities/{key}/neighbours?types=Country");
        Assert.All(countries["nodes"]!, n => Assert.Contains("Country", n["labels"]!.Values<string>()));
        var none = await _client.GetJsonAsync($"/api/entities/{key}/neighbours?relTypes=NO_SUCH_TYPE");
        Assert.Equal(0, (int)none["total"]!);
        Assert.Empty(none["nodes"]!);
    }
}
