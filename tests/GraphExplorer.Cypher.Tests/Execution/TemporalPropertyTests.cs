using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class TemporalPropertyTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ge-temporal-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private static string Run(EmbeddedDatabase database, string query)
    {
        using var result = database.Run(query);
        return string.Join("\n", result.Select(row => string.Join(" | ", row.Select(QueryRunner.Render))));
    }

    [Theory]
    [InlineData("date('2015-07-21')", "'2015-07-21'")]
    [InlineData("localtime('12:31:14.645876123')", "'12:31:14.645876123'")]
    [InlineData("time('12:31:14.000000001-09:30')", "'12:31:14.000000001-09:30'")]
    [InlineData("localdatetime('2015-07-21T21:40:32.142')", "'2015-07-21T21:40:32.142'")]
    [InlineData("datetime('2015-07-21T21:40:32.142+01:00')", "'2015-07-21T21:40:32.142+01:00'")]
    [InlineData("datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})", "'1984-10-11T12:00+01:00[Europe/Stockholm]'")]
    [InlineData("duration('P1Y2M10DT12H45M30.25S')", "'P1Y2M10DT12H45M30.25S'")]
    [InlineData("[date('2020-01-01'), date('1999-12-31')]", "['2020-01-01', '1999-12-31']")]
    public void StoredTemporalKeepsItsTypeAndFieldsAcrossRestart(string expression, string text)
    {
        using (var database = EmbeddedDatabase.Open(_directory))
        {
            Run(database, $"CREATE (:Event {{at: {expression}}})-[:NEXT {{at: {expression}}}]->(:Event)");
            Run(database, $"MATCH (e:Event) WHERE e.at IS NULL SET e.at = {expression}");
        }
        using var reopened = EmbeddedDatabase.Open(_directory);
        Assert.Equal($"{text} | true\n{text} | true",
            Run(reopened, $"MATCH (e:Event) RETURN e.at, e.at = {expression} ORDER BY id(e)"));
        Assert.Equal("true", Run(reopened, $"MATCH ()-[r:NEXT]->() RETURN r.at = {expression}"));
        Assert.Equal($"(:Event {{at: {text}}})", Run(reopened, "MATCH (e:Event)-[:NEXT]->() RETURN e"));
    }

    [Fact]
    public void TemporalAccessorsWorkOnStoredValues()
    {
        using var database = EmbeddedDatabase.Open(_directory);
        Run(database, "CREATE (:Brief {publishedAt: datetime('2024-02-29T10:15+02:00'), lasted: duration('PT90M')})");
        Assert.Equal("2024 | 29 | 8 | 5400",
            Run(database, "MATCH (b:Brief) RETURN b.publishedAt.year, b.publishedAt.day, b.publishedAt.hour - 2, b.lasted.seconds"));
    }

    [Fact]
    public void IndexSeekOnADatePropertyFindsTheNode()
    {
        using (var database = EmbeddedDatabase.Open(_directory))
        {
            Run(database, "CREATE INDEX brief_published FOR (b:Brief) ON (b.publishedAt)");
            Run(database, "UNWIND range(1, 28) AS d CREATE (:Brief {day: d, publishedAt: date({year: 2024, month: 2, day: d})})");
            Run(database, "CREATE (:Brief {day: 0, publishedAt: '2024-02-10'})");
        }
        using var reopened = EmbeddedDatabase.Open(_directory);
        const string query = "WITH date('2024-02-10') AS wanted MATCH (b:Brief) WHERE b.publishedAt = wanted RETURN b.day";
        Assert.Contains("NodeIndexSeek(b:Brief(publishedAt))", Run(reopened, "EXPLAIN " + query));
        Assert.Equal("10", Run(reopened, query));
        var parameters = new Dictionary<string, object?> { ["wanted"] = new DateValue(new DateOnly(2024, 2, 10)) };
        using var result = reopened.Run("MATCH (b:Brief {publishedAt: $wanted}) RETURN b.day", parameters);
        Assert.Equal([10L], result.Select(row => row[0]));
    }

    [Fact]
    public void UniquenessConstraintComparesDatetimesByInstant()
    {
        using var database = EmbeddedDatabase.Open(_directory);
        Run(database, "CREATE CONSTRAINT one_per_instant FOR (e:Event) REQUIRE e.at IS UNIQUE");
        Run(database, "CREATE (:Event {at: datetime('2020-01-01T00:00[UTC]')})");
        var error = Assert.Throws<GraphDatabaseException>(() => Run(database, "CREATE (:Event {at: datetime('2020-01-01T01:00+01:00')})"));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.StatusCode);
        Assert.Equal("1", Run(database, "MERGE (e:Event {at: datetime('2019-12-31T23:00-01:00')}) RETURN count(*)"));
        Assert.Equal("1", Run(database, "MATCH (e:Event) RETURN count(*)"));
    }

    [Theory]
    [InlineData("[date('2020-01-01'), 1]")]
    [InlineData("[localdatetime('2020-01-01T00:00'), date('2020-01-01')]")]
    [InlineData("['2020-01-01', date('2020-01-01')]")]
    public void ListsMixingTemporalWithOtherTypesAreRefused(string list)
    {
        using var database = EmbeddedDatabase.Open(_directory);
        var error = Assert.Throws<GraphDatabaseException>(() => Run(database, $"CREATE (:Event {{at: {list}}})"));
        Assert.Equal(StatusCodes.TypeError, error.StatusCode);
        Assert.Equal("0", Run(database, "MATCH (e:Event) RETURN count(*)"));
    }

    [Fact]
    public void TemporalParameterIsStored()
    {
        using var database = EmbeddedDatabase.Open(_directory);
        var parameters = new Dictionary<string, object?> { ["at"] = new DateValue(new DateOnly(2001, 9, 9)) };
        database.Run("CREATE (:Event {at: $at})", parameters).Dispose();
        Assert.Equal("'2001-09-09' | true", Run(database, "MATCH (e:Event) RETURN e.at, e.at = date('2001-09-09')"));
    }
}
