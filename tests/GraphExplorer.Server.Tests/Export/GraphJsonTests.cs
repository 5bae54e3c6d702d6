using GraphExplorer.Graph.Values;
using GraphExplorer.Server.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GraphExplorer.Server.Tests.Export;

public class GraphJsonTests
{
    [Fact]
    public void NodesAreWrittenWithElementIdKeyLabelsAndProperties()
    {
        var node = new Node(7, ["Entity", "Country"], new Dictionary<string, object?> { ["key"] = "country:china", ["name"] = "China" });
        var json = JObject.Parse(JsonConvert.SerializeObject(node, GraphJson.Settings));
        Assert.Equal(ElementIds.ForNode(7), (string?)json["id"]);
        Assert.Equal("country:china", (string?)json["key"]);
        Assert.Equal(["Entity", "Country"], json["labels"]!.Values<string>());
        Assert.Equal("China", (string?)json["properties"]!["name"]);
    }

    [Fact]
    public void RelationshipsAreWrittenWithTypeAndEndpointElementIds()
    {
        var relationship = new Relationship(3, "LEADS", 1, 2, new Dictionary<string, object?> { ["briefs"] = new List<object?> { "b1" } });
        var json = JObject.Parse(JsonConvert.SerializeObject(relationship, GraphJson.Settings));
        Assert.Equal(ElementIds.ForRelationship(3), (string?)json["id"]);
        Assert.Equal("LEADS", (string?)json["type"]);
        Assert.Equal(ElementIds.ForNode(1), (string?)json["start"]);
        Assert.Equal(ElementIds.ForNode(2), (string?)json["end"]);
        Assert.Equal("b1", (string?)json["properties"]!["briefs"]![0]);
    }

    [Fact]
    public void DictionaryKeysKeepTheirCaseWhilePropertyNamesAreCamelCased()
    {
        var json = JObject.Parse(JsonConvert.SerializeObject(new { RelationshipCounts = new Dictionary<string, long> { ["LEADS"] = 2 } }, GraphJson.Settings));
        Assert.Equal(2, (long)json["relationshipCounts"]!["LEADS"]!);
    }
}
