using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class TemporalArithmeticTests
{
    [Theory]
    // Month arithmetic clamps to the last day of the month, and months apply before days.
    [InlineData("date('2020-01-31') + duration('P1M')", "'2020-02-29'")]
    [InlineData("date('2019-01-31') + duration('P1M')", "'2019-02-28'")]
    [InlineData("date('2020-03-31') - duration('P1M')", "'2020-02-29'")]
    [InlineData("date('2020-01-30') + duration({months: 1, days: 1})", "'2020-03-01'")]
    [InlineData("date('2020-02-29') + duration('P1Y')", "'2021-02-28'")]
    // A date counts only the whole days of the time part.
    [InlineData("date('2020-01-01') + duration('PT23H')", "'2020-01-01'")]
    [InlineData("date('2020-01-01') + duration('PT49H')", "'2020-01-03'")]
    [InlineData("date('2020-01-01') - duration('PT49H')", "'2019-12-30'")]
    // Negative durations move backwards, across month and year ends.
    [InlineData("date('2020-03-01') + duration({days: -1})", "'2020-02-29'")]
    [InlineData("localdatetime('2020-01-01T00:00') + duration('-PT1S')", "'2019-12-31T23:59:59'")]
    [InlineData("localdatetime('2020-01-01T00:00') - duration('PT0.000000001S')", "'2019-12-31T23:59:59.999999999'")]
    [InlineData("duration('-P1M') + date('2020-03-31')", "'2020-02-29'")]
    // Times of day wrap around midnight and ignore months and days.
    [InlineData("localtime('23:30') + duration('PT1H')", "'00:30'")]
    [InlineData("localtime('23:30') + duration('P1M2DT1H')", "'00:30'")]
    [InlineData("time('00:15+01:00') - duration('PT30M')", "'23:45+01:00'")]
    [InlineData("localtime('12:00') + duration('PT-36H')", "'00:00'")]
    [InlineData("localdatetime('2020-02-28T23:00') + duration('PT2H')", "'2020-02-29T01:00'")]
    [InlineData("datetime('2020-02-28T23:00+05:00') + duration('PT2H')", "'2020-02-29T01:00+05:00'")]
    // In a named zone a day keeps the local time, 24 hours keep the instant.
    [InlineData("datetime('2017-10-28T12:00[Europe/Stockholm]') + duration('P1D')", "'2017-10-29T12:00+01:00[Europe/Stockholm]'")]
    [InlineData("datetime('2017-10-28T12:00[Europe/Stockholm]') + duration('PT24H')", "'2017-10-29T11:00+01:00[Europe/Stockholm]'")]
    [InlineData("datetime('2017-10-29T11:00[Europe/Stockholm]') - duration('PT24H')", "'2017-10-28T12:00+02:00[Europe/Stockholm]'")]
    public void TemporalPlusOrMinusDuration(string expression, string expected)
    {
        using var runner = new QueryRunner();
        Assert.Equal("v\n" + expected, runner.Run($"RETURN {expression} AS v"));
    }

    [Theory]
    [InlineData("duration('P1M2DT3S') + duration('P2M-1DT-4S')", "'P3M1DT-1S'")]
    [InlineData("duration('PT1S') - duration('PT1.1S')", "'PT-0.1S'")]
    [InlineData("duration('PT0.6S') + duration('PT0.7S')", "'PT1.3S'")]
    [InlineData("duration('P1Y') - duration('P1Y')", "'PT0S'")]
    [InlineData("duration('P1M1DT1.5S') * 2", "'P2M2DT3S'")]
    [InlineData("3 * duration('PT-1.5S')", "'PT-4.5S'")]
    [InlineData("duration('P1M') * 0.5", "'P15DT5H14M33S'")]
    [InlineData("duration('P1M') / 2", "'P15DT5H14M33S'")]
    [InlineData("duration('P1D') / 3", "'PT8H'")]
    [InlineData("duration('PT1S') / -4", "'PT-0.25S'")]
    [InlineData("duration('PT1S') / 3", "'PT0.333333333S'")]
    public void DurationArithmetic(string expression, string expected)
    {
        using var runner = new QueryRunner();
        Assert.Equal("v\n" + expected, runner.Run($"RETURN {expression} AS v"));
    }

    [Fact]
    public void NegativeDurationsKeepTheirNanosecondsOfSecondPositive()
    {
        using var runner = new QueryRunner();
        Assert.Equal("s | n\n-1 | 900000000",
            runner.Run("WITH duration('PT1S') - duration('PT1.1S') AS d RETURN d.seconds AS s, d.nanosecondsOfSecond AS n"));
    }

    [Fact]
    public void EqualDurationsAreEqualHoweverTheyWereComputed()
    {
        using var runner = new QueryRunner();
        Assert.Equal("v\ntrue", runner.Run("RETURN duration('PT-0.1S') = duration('PT1S') - duration('PT1.1S') AS v"));
    }

    [Fact]
    public void DurationsBuiltWithNegativeNanosecondsAreTheSameRecord()
    {
        var direct = new DurationValue(1, 2, 0, -100_000_000);
        Assert.Equal(new DurationValue(1, 2, -1, 900_000_000), direct);
        Assert.Equal((-1L, 900_000_000L), (direct.Seconds, direct.Nanos));
        Assert.Equal(new DurationValue(0, 0, 3, 0), new DurationValue(0, 0, 1, 2_000_000_000));
        Assert.Equal("P1M2DT-0.1S", direct.ToString());
    }

    [Fact]
    public void NullOperandsGiveNull()
    {
        using var runner = new QueryRunner();
        Assert.Equal("a | b | c\nnull | null | null", runner.Run("RETURN date('2020-01-01') + null AS a, null - duration('P1D') AS b, duration('P1D') * null AS c"));
    }

    [Theory]
    [InlineData("UNWIND [duration('P1D'), duration('PT36H'), null] AS d RETURN sum(d) AS v", "'P1DT36H'")]
    [InlineData("UNWIND [duration('P1M'), duration('P2D')] AS d RETURN avg(d) AS v", "'P16DT5H14M33S'")]
    [InlineData("UNWIND [1, 2] AS d RETURN sum(d) AS v", "3")]
    [InlineData("UNWIND [] AS d RETURN sum(d) AS v", "0")]
    public void DurationsAggregate(string query, string expected)
    {
        using var runner = new QueryRunner();
        Assert.Equal("v\n" + expected, runner.Run(query));
    }

    [Theory]
    [InlineData("UNWIND [duration('P1D'), 1] AS d RETURN sum(d)", "Neo.ClientError.Statement.TypeError")]
    [InlineData("UNWIND [1, duration('P1D')] AS d RETURN sum(d)", "Neo.ClientError.Statement.TypeError")]
    [InlineData("UNWIND [duration('P1D'), 1.5] AS d RETURN avg(d)", "Neo.ClientError.Statement.TypeError")]
    [InlineData("UNWIND [2, duration('P1D')] AS d RETURN avg(d)", "Neo.ClientError.Statement.TypeError")]
    [InlineData("RETURN date('9999-12-31') + duration('P1D')", "Neo.ClientError.Statement.ArgumentError")]
    [InlineData("RETURN date('0001-01-01') - duration('P1M')", "Neo.ClientError.Statement.ArgumentError")]
    [InlineData("RETURN localdatetime('2020-01-01T12:00') + duration({days: 9223372036854775807, hours: 24})", "Neo.ClientError.Statement.ArgumentError")]
    [InlineData("RETURN datetime('2020-01-01T12:00[Europe/Stockholm]') - duration({months: 9223372036854775807})", "Neo.ClientError.Statement.ArgumentError")]
    [InlineData("RETURN duration({days: 4611686018427387904}) * 2", "Neo.ClientError.Statement.ArgumentError")]
    [InlineData("RETURN duration({seconds: 9223372036854775807, milliseconds: 9223372036854775807})", "Neo.ClientError.Statement.ArgumentError")]
    [InlineData("RETURN duration('P1D') / 0", "Neo.ClientError.Statement.ArithmeticError")]
    [InlineData("RETURN duration('P1D') * 1e308 * 1e308", "Neo.ClientError.Statement.ArgumentError")]
    [InlineData("RETURN date('2020-01-01') + date('2020-01-01')", "Neo.ClientError.Statement.TypeError")]
    [InlineData("RETURN duration('P1D') - date('2020-01-01')", "Neo.ClientError.Statement.TypeError")]
    [InlineData("RETURN 2 / duration('P1D')", "Neo.ClientError.Statement.TypeError")]
    public void OutOfRangeAndMeaninglessArithmeticAreErrors(string query, string status)
    {
        using var runner = new QueryRunner();
        Assert.Equal(status, runner.Fail(query).StatusCode);
    }

    [Fact]
    public void OneStatementReadsTheClockOnce()
    {
        using var runner = new QueryRunner();
        Assert.Equal("v\ntrue", runner.Run(
            "UNWIND range(1, 1000) AS i WITH collect(localtime()) AS times RETURN all(t IN times WHERE t = times[0]) AND datetime() = datetime() AS v"));
    }
}
