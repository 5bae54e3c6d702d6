using GraphExplorer.Graph.Storage;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Graph.Tests.Storage.Durability;

public class TemporalPropertyTests
{
    private static readonly GraphStoreOptions NoCheckpoint = new() { CheckpointOnDispose = false };

    public static TheoryData<string, object> EveryKind() => new()
    {
        { "date", new DateValue(new DateOnly(1984, 10, 11)) },
        { "first date", new DateValue(DateOnly.MinValue) },
        { "last date", new DateValue(DateOnly.MaxValue) },
        { "local time", new LocalTimeValue(12 * 3_600_000_000_000L + 31 * 60_000_000_000L + 14_645_876_123L) },
        { "last nanosecond of the day", new LocalTimeValue(86_400_000_000_000L - 1) },
        { "time", new TimeValue(1_000_000_001L, -(9 * 3600 + 30 * 60)) },
        { "time at most offset", new TimeValue(0, 18 * 3600) },
        { "local datetime", new LocalDateTimeValue(new DateOnly(2015, 7, 21), 999_999_999L) },
        { "datetime with offset", new DateTimeValue(new DateOnly(1984, 10, 11), 45_296_000_000_789L, 3600, null) },
        { "datetime with zone", new DateTimeValue(new DateOnly(1984, 10, 11), 45_296_000_000_789L, -36000, "Pacific/Honolulu") },
        { "duration", new DurationValue(14, 16, 12 * 3600 + 1, 5) },
        { "negative duration", new DurationValue(-1, -2, -3, -999_999_999) },
        { "list of dates", new object[] { new DateValue(new DateOnly(2020, 1, 1)), new DateValue(new DateOnly(1999, 12, 31)) } },
        { "list of datetimes", new object[] { new DateTimeValue(new DateOnly(2020, 1, 1), 0, 0, "UTC"), new DateTimeValue(new DateOnly(2020, 1, 1), 1, 7200, null) } },
        { "list of durations", new object[] { new DurationValue(0, 0, 0, 0), new DurationValue(1, 0, 0, 0) } },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void TemporalPropertySurvivesLogReplayAndSnapshot(string kind, object value)
    {
        using var dir = new TemporaryDirectory();
        using (var store = GraphStore.Open(dir.Path, NoCheckpoint))
        {
            using var tx = store.BeginWrite();
            var node = tx.CreateNode(["Event"], new Dictionary<string, object?> { ["created"] = value });
            var other = tx.CreateNode(["Event"], new Dictionary<string, object?>());
            tx.SetNodeProperty(other, "updated", value);
            tx.CreateRelationship(node, other, "NEXT", new Dictionary<string, object?> { ["at"] = value });
            tx.Commit();
        }
        using (var store = GraphStore.Open(dir.Path))
        {
            AssertHolds(store, value, kind + " after log replay");
        }
        Assert.Empty(FrameFiles.Read(dir.File("graph.wal")));
        using (var store = GraphStore.Open(dir.Path, NoCheckpoint))
        {
            AssertHolds(store, value, kind + " after snapshot load");
        }
    }

    private static void AssertHolds(GraphStore store, object expected, string because)
    {
        using var read = store.BeginRead();
        var expectedText = Describe(expected);
        Assert.True(expectedText == Describe(read.GetNodeProperty(0, "created")), because);
        Assert.True(expectedText == Describe(read.GetNodeProperty(1, "updated")), because);
        Assert.True(expectedText == Describe(read.GetRelationshipProperty(0, "at")), because);
        Assert.Equal(Items(expected), Items(read.GetNodeProperty(0, "created")));
    }

    private static object?[] Items(object? value) => value is IEnumerable<object?> list ? list.ToArray() : [value];

    private static string Describe(object? value) =>
        value is IEnumerable<object?> list ? "[" + string.Join(", ", list.Select(Describe)) + "]" : value?.GetType().Name + " " + value;

    [Fact]
    public void DatePropertyIndexFindsNodesBeforeAndAfterRestart()
    {
        using var dir = new TemporaryDirectory();
        var day = new DateValue(new DateOnly(2024, 2, 29));
        using (var store = GraphStore.Open(dir.Path, NoCheckpoint))
        {
            using var tx = store.BeginWrite();
            tx.CreateIndex("brief_published", "Brief", "publishedAt", ifNotExists: false);
            tx.CreateNode(["Brief"], new Dictionary<string, object?> { ["publishedAt"] = day });
            tx.CreateNode(["Brief"], new Dictionary<string, object?> { ["publishedAt"] = new DateValue(new DateOnly(2024, 3, 1)) });
            tx.CreateNode(["Brief"], new Dictionary<string, object?> { ["publishedAt"] = new LocalDateTimeValue(new DateOnly(2024, 2, 29), 0) });
            tx.CreateNode(["Brief"], new Dictionary<string, object?> { ["publishedAt"] = "2024-02-29" });
            tx.Commit();
            using var read = store.BeginRead();
            Assert.Equal([0L], read.FindNodes("Brief", "publishedAt", new DateValue(new DateOnly(2024, 2, 29)))!);
        }
        using (var store = GraphStore.Open(dir.Path))
        {
            using var read = store.BeginRead();
            Assert.Equal([0L], read.FindNodes("Brief", "publishedAt", day)!);
            Assert.Equal([1L], read.FindNodes("Brief", "publishedAt", new DateValue(new DateOnly(2024, 3, 1)))!);
            Assert.Empty(read.FindNodes("Brief", "publishedAt", new DateValue(new DateOnly(2024, 3, 2)))!);
        }
    }

    [Fact]
    public void IndexMatchesZonedValuesByInstantAsCypherEqualityDoes()
    {
        using var store = GraphStore.InMemory();
        using (var tx = store.BeginWrite())
        {
            tx.CreateIndex(null, "Event", "at", ifNotExists: false);
            tx.CreateNode(["Event"], new Dictionary<string, object?> { ["at"] = new DateTimeValue(new DateOnly(2020, 6, 1), 12L * 3600 * 1_000_000_000, 7200, "Europe/Berlin") });
            tx.CreateNode(["Event"], new Dictionary<string, object?> { ["at"] = new TimeValue(10L * 3600 * 1_000_000_000, 0) });
            tx.Commit();
        }
        using var read = store.BeginRead();
        Assert.Equal([0L], read.FindNodes("Event", "at", new DateTimeValue(new DateOnly(2020, 6, 1), 10L * 3600 * 1_000_000_000, 0, null))!);
        Assert.Empty(read.FindNodes("Event", "at", new DateTimeValue(new DateOnly(2020, 6, 1), 12L * 3600 * 1_000_000_000, 0, null))!);
        Assert.Equal([1L], read.FindNodes("Event", "at", new TimeValue(11L * 3600 * 1_000_000_000, 3600))!);
        Assert.Empty(read.FindNodes("Event", "at", new LocalTimeValue(10L * 3600 * 1_000_000_000))!);
    }

    [Fact]
    public void UniquenessConstraintSeesTheSameInstantInAnotherZone()
    {
        using var store = GraphStore.InMemory();
        using (var tx = store.BeginWrite())
        {
            tx.CreateUniqueConstraint("one_event_per_instant", "Event", "at", ifNotExists: false);
            tx.CreateNode(["Event"], new Dictionary<string, object?> { ["at"] = new DateTimeValue(new DateOnly(2020, 1, 1), 0, 0, "UTC") });
            tx.Commit();
        }
        using var again = store.BeginWrite();
        var error = Assert.Throws<GraphDatabaseException>(() =>
            again.CreateNode(["Event"], new Dictionary<string, object?> { ["at"] = new DateTimeValue(new DateOnly(2020, 1, 1), 3_600_000_000_000L, 3600, null) }));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.StatusCode);
    }

    public static TheoryData<object> RefusedValues() => new()
    {
        new object[] { new DateValue(new DateOnly(2020, 1, 1)), 1L },
        new object[] { "2020-01-01", new DateValue(new DateOnly(2020, 1, 1)) },
        new object[] { new DateValue(new DateOnly(2020, 1, 1)), new LocalDateTimeValue(new DateOnly(2020, 1, 1), 0) },
        new LocalTimeValue(86_400_000_000_000L),
        new TimeValue(-1, 0),
        new DateTimeValue(new DateOnly(2020, 1, 1), 0, 19 * 3600, null),
        new DateTimeValue(new DateOnly(2020, 1, 1), 0, 0, ""),
    };

    [Theory]
    [MemberData(nameof(RefusedValues))]
    public void MixedListsAndOutOfRangeFieldsAreRefusedAndNothingIsWritten(object value)
    {
        using var dir = new TemporaryDirectory();
        using (var store = GraphStore.Open(dir.Path, NoCheckpoint))
        {
            using (var tx = store.BeginWrite())
            {
                var error = Assert.Throws<GraphDatabaseException>(() => tx.CreateNode(["Event"], new Dictionary<string, object?> { ["at"] = value }));
                Assert.Equal(StatusCodes.TypeError, error.StatusCode);
            }
            using var ok = store.BeginWrite();
            ok.CreateNode(["Event"], new Dictionary<string, object?> { ["at"] = new DateValue(new DateOnly(2021, 1, 1)) });
            ok.Commit();
        }
        using var reopened = GraphStore.Open(dir.Path);
        using var read = reopened.BeginRead();
        Assert.Equal(new DateValue(new DateOnly(2021, 1, 1)), read.GetNodeProperty(0, "at"));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(13)]
    public void UnknownValueTagInTheLogStopsStartUpAsDamage(byte tag)
    {
        using var dir = new TemporaryDirectory();
        using (var store = GraphStore.Open(dir.Path, NoCheckpoint))
        {
            using var tx = store.BeginWrite();
            tx.CreateNode(["Event"], new Dictionary<string, object?> { ["birthday"] = new DateValue(new DateOnly(1990, 5, 17)) });
            tx.Commit();
        }
        var log = dir.File("graph.wal");
        Assert.Equal(1, FrameFiles.SetTagAfterKey(log, "birthday", tag));

        var error = Assert.Throws<GraphDatabaseException>(() => GraphStore.Open(dir.Path));
        Assert.Equal(StatusCodes.StorageDamaged, error.StatusCode);
        Assert.Contains(log, error.Message);
        Assert.Contains($"Unknown value tag {tag}", error.Message);
    }

    [Fact]
    public void UnknownValueTagInTheSnapshotStopsStartUpAsDamage()
    {
        using var dir = new TemporaryDirectory();
        using (var store = GraphStore.Open(dir.Path))
        {
            using var tx = store.BeginWrite();
            tx.CreateNode(["Event"], new Dictionary<string, object?> { ["birthday"] = new DurationValue(1, 2, 3, 4) });
            tx.Commit();
        }
        var snapshot = dir.File("graph.snapshot");
        Assert.Equal(1, FrameFiles.SetTagAfterKey(snapshot, "birthday", 99));

        var error = Assert.Throws<GraphDatabaseException>(() => GraphStore.Open(dir.Path));
        Assert.Equal(StatusCodes.StorageDamaged, error.StatusCode);
        Assert.Contains(snapshot, error.Message);
    }

    [Theory]
    [InlineData((byte)7)]
    [InlineData((byte)8)]
    [InlineData((byte)11)]
    public void TemporalTagOverOtherBytesIsDamageNotACrash(byte tag)
    {
        using var dir = new TemporaryDirectory();
        using (var store = GraphStore.Open(dir.Path, NoCheckpoint))
        {
            using var tx = store.BeginWrite();
            tx.CreateNode(["Event"], new Dictionary<string, object?> { ["birthday"] = -1L, ["name"] = "x" });
            tx.Commit();
        }
        Assert.Equal(1, FrameFiles.SetTagAfterKey(dir.File("graph.wal"), "birthday", tag));

        var error = Assert.Throws<GraphDatabaseException>(() => GraphStore.Open(dir.Path));
        Assert.Equal(StatusCodes.StorageDamaged, error.StatusCode);
    }
}
