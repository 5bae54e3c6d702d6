namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class FunctionSeekTests
{
    [Theory]
    [InlineData("MATCH (e:Event) WHERE e.day = date('2024-02-10') RETURN e.n AS n", "n\n10")]
    [InlineData("MATCH (e:Event {day: date({year: 2024, month: 2, day: 3})}) RETURN e.n AS n", "n\n3")]
    [InlineData("MATCH (e:Event) WHERE e.at = datetime('2024-02-05T13:00+01:00') RETURN e.n AS n", "n\n5")]
    [InlineData("MATCH (e:Event) WHERE e.day = date(null) RETURN e.n AS n", "n")]
    [InlineData("MATCH (e:Event) WHERE e.day = date('2024-02-10') + duration('P1D') RETURN e.n AS n", "n\n11")]
    public void AFunctionOfConstantsIsSoughtThroughTheIndexAndFindsWhatAScanFinds(string query, string expected)
    {
        using var runner = new QueryRunner();
        runner.Run("CREATE INDEX event_day FOR (e:Event) ON (e.day)");
        runner.Run("CREATE INDEX event_at FOR (e:Event) ON (e.at)");
        runner.Run("UNWIND range(1, 28) AS d CREATE (:Event {n: d, day: date({year: 2024, month: 2, day: d}), " +
            "at: datetime({year: 2024, month: 2, day: d, hour: 12, timezone: 'Z'})})");
        Assert.Equal(expected, runner.Run(query));
    }
}
