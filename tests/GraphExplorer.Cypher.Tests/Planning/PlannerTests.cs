namespace GraphExplorer.Cypher.Tests.Planning;

public sealed class PlannerTests
{
    private static string Explain(string query)
    {
        using var database = EmbeddedDatabase.InMemory();
        return (string)database.Run("EXPLAIN " + query).Single()[0]!;
    }

    [Theory]
    [InlineData("MATCH (e:Entity {key: $k}) RETURN e", "NodeIndexSeek(e:Entity(key))")]
    [InlineData("MATCH (e:Entity) WHERE e.key = $k RETURN e", "NodeIndexSeek(e:Entity(key))")]
    [InlineData("MATCH (e {id: $id}) RETURN e", "NodeAnyLabelIndexSeek(e(id))")]
    [InlineData("MATCH (e:Event) WHERE e.day = date('2020-01-01') RETURN e", "NodeIndexSeek(e:Event(day))")]
    [InlineData("MATCH (e:Event {day: date({year: 2020, month: $m})}) RETURN e", "NodeIndexSeek(e:Event(day))")]
    [InlineData("MATCH (e:Entity) WHERE e.key = toLower($k) RETURN e", "NodeIndexSeek(e:Entity(key))")]
    [InlineData("MATCH (e:Event) WHERE e.day = date($d) + duration('P1D') RETURN e", "NodeIndexSeek(e:Event(day))")]
    [InlineData("MATCH (e:Entity) WHERE e.key = -$k RETURN e", "NodeIndexSeek(e:Entity(key))")]
    [InlineData("MATCH (e:Entity) WHERE e.key = $k + e.suffix RETURN e", "NodeByLabelScan(e:Entity)")]
    [InlineData("MATCH (e:Entity) WHERE e.key = [1, $k] RETURN e", "NodeIndexSeek(e:Entity(key))")]
    [InlineData("MATCH (e:Entity) WHERE e.key = rand() RETURN e", "NodeByLabelScan(e:Entity)")]
    [InlineData("MATCH (e:Event) WHERE e.at = datetime.realtime() RETURN e", "NodeByLabelScan(e:Event)")]
    [InlineData("MATCH (e:Entity) WHERE e.key = toLower(e.name) RETURN e", "NodeByLabelScan(e:Entity)")]
    [InlineData("MATCH (e:Entity) RETURN e", "NodeByLabelScan(e:Entity)")]
    [InlineData("MATCH (e) RETURN e", "AllNodesScan(e)")]
    public void AnchorsUseTheCheapestAccess(string query, string access) =>
        Assert.Contains("+" + access, Explain(query));

    [Fact]
    public void ExpansionStartsFromTheIndexedEnd()
    {
        var plan = Explain("MATCH (a)-[:R]->(b:Entity {key: $k}) RETURN a");
        var lines = plan.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("+ProduceResults(a)", lines[0]);
        Assert.Equal("+NodeIndexSeek(b:Entity(key))", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("+Expand(All) (b)-[:R]-(a)", StringComparison.Ordinal));
    }

    [Fact]
    public void OptionalMatchIsPlannedAsANestedPipeline()
    {
        var plan = Explain("MATCH (a:A) OPTIONAL MATCH (a)-->(b) RETURN a, b");
        Assert.Contains("+Optional\n  +Expand(All)", plan);
    }

    [Fact]
    public void AggregationSortAndLimitFollowTheProjection()
    {
        var plan = Explain("MATCH (a:A) RETURN a.x AS x, count(*) AS c ORDER BY c DESC LIMIT 3");
        var order = new[] { "+Limit", "+Sort(c DESC)", "+EagerAggregation(x, c)", "+NodeByLabelScan(a:A)" };
        var positions = order.Select(o => plan.IndexOf(o, StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0, plan));
        Assert.Equal(positions.Order().ToArray(), positions);
    }
}
