namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class TemporalTests
{
    [Theory]
    [InlineData("RETURN date('2015-07-21') AS v", "'2015-07-21'")]
    [InlineData("RETURN date({year: 1817, week: 1}) AS v", "'1816-12-30'")]
    [InlineData("RETURN date('2015-W30-2') AS v", "'2015-07-21'")]
    [InlineData("RETURN localtime('12:31:14.645876') AS v", "'12:31:14.645876'")]
    [InlineData("RETURN time({hour: 12, minute: 31, timezone: '+01:00'}) AS v", "'12:31+01:00'")]
    [InlineData("RETURN datetime('2015-07-21T21:40:32.142+0100') AS v", "'2015-07-21T21:40:32.142+01:00'")]
    [InlineData("RETURN datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'}) AS v",
        "'1984-10-11T12:00+01:00[Europe/Stockholm]'")]
    [InlineData("RETURN duration({days: 14, hours: 16, minutes: 12}) AS v", "'P14DT16H12M'")]
    [InlineData("RETURN duration('P1Y2M10DT12H45M30.25S') AS v", "'P1Y2M10DT12H45M30.25S'")]
    [InlineData("RETURN date('2015-07-21').week AS v", "30")]
    [InlineData("RETURN date.truncate('month', date('2015-07-21')) AS v", "'2015-07-01'")]
    [InlineData("RETURN duration.between(date('2015-01-01'), date('2016-03-04')) AS v", "'P1Y2M3D'")]
    [InlineData("RETURN date('2015-07-21') < date('2015-07-22') AS v", "true")]
    [InlineData("RETURN datetime('2015-07-21T12:00+01:00') = datetime('2015-07-21T11:00Z') AS v", "true")]
    public void TemporalValuesAreBuiltComparedAndRenderedAsIsoText(string query, string value)
    {
        using var runner = new QueryRunner();
        Assert.Equal("v\n" + value, runner.Run(query));
    }

    [Fact]
    public void UnparsableTextIsAnArgumentError()
    {
        using var runner = new QueryRunner();
        Assert.Equal("Neo.ClientError.Statement.ArgumentError", runner.Fail("RETURN date('not a date')").StatusCode);
    }
}
