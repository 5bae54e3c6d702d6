using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Graph.Tests.Storage.Durability;

public class DamageTests
{
    private static readonly GraphStoreOptions NoCheckpoint = new() { CheckpointOnDispose = false };

    /// <summary>Commits one :Item node per name, one transaction each, and returns the log length after each commit.</summary>
    private static List<long> WriteItems(string directory, params string[] names)
    {
        var lengths = new List<long>();
        using var store = GraphStore.Open(directory, NoCheckpoint);
        foreach (var name in names)
        {
            using var tx = store.BeginWrite();
            tx.CreateNode(["Item"], new Dictionary<string, object?> { ["name"] = name });
            tx.Commit();
            lengths.Add(new FileInfo(Path.Combine(directory, "graph.wal")).Length);
        }
        return lengths;
    }

    private static List<string> Items(GraphStore store)
    {
        using var read = store.BeginRead();
        return read.NodeIdsWithLabel("Item").Select(id => (string)read.GetNodeProperty(id, "name")!).ToList();
    }

    private static void FlipBit(string path, long offset)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        file.Position = offset;
        var b = file.ReadByte();
        file.Position = offset;
        file.WriteByte((byte)(b ^ 0x10));
    }

    [Fact]
    public void TornLastRecordIsCutOffWithWarning()
    {
        using var dir = new TemporaryDirectory();
        var lengths = WriteItems(dir.Path, "a", "b", "c");
        var log = dir.File("graph.wal");
        using (var file = new FileStream(log, FileMode.Open)) file.SetLength(lengths[2] - 5);

        var warnings = new List<string>();
        using (var store = GraphStore.Open(dir.Path, new GraphStoreOptions { CheckpointOnDispose = false, Warning = warnings.Add }))
        {
            Assert.Equal(["a", "b"], Items(store));
            var warning = Assert.Single(store.Warnings);
            Assert.Equal(store.Warnings, warnings);
            Assert.Contains(log, warning);
            Assert.Contains($"byte {lengths[1]}", warning);
            using var tx = store.BeginWrite();
            tx.CreateNode(["Item"], new Dictionary<string, object?> { ["name"] = "d" });
            tx.Commit();
        }
        using var reopened = GraphStore.Open(dir.Path);
        Assert.Equal(["a", "b", "d"], Items(reopened));
        Assert.Empty(reopened.Warnings);
    }

    [Fact]
    public void BadChecksumOfLastRecordCountsAsTorn()
    {
        using var dir = new TemporaryDirectory();
        var lengths = WriteItems(dir.Path, "a", "b");
        FlipBit(dir.File("graph.wal"), lengths[1] - 2);
        using var store = GraphStore.Open(dir.Path, NoCheckpoint);
        Assert.Equal(["a"], Items(store));
        Assert.Single(store.Warnings);
    }

    [Fact]
    public void BitFlipInTheMiddleOfTheLogStopsStartUpNamingFileAndOffset()
    {
        using var dir = new TemporaryDirectory();
        var lengths = WriteItems(dir.Path, "a", "b", "c");
        FlipBit(dir.File("graph.wal"), lengths[0] + 20);

        var error = Assert.Throws<GraphDatabaseException>(() => GraphStore.Open(dir.Path));
        Assert.Equal(StatusCodes.StorageDamaged, error.StatusCode);
        Assert.Contains(dir.File("graph.wal"), error.Message);
        Assert.Contains($"byte {lengths[0]}", error.Message);
        Assert.Equal(lengths[2], new FileInfo(dir.File("graph.wal")).Length);
    }

    [Fact]
    public void DamagedLengthInTheMiddleOfTheLogStopsStartUp()
    {
        using var dir = new TemporaryDirectory();
        var lengths = WriteItems(dir.Path, "a", "b", "c");
        FlipBit(dir.File("graph.wal"), lengths[0] + 1);
        var error = Assert.Throws<GraphDatabaseException>(() => GraphStore.Open(dir.Path));
        Assert.Equal(StatusCodes.StorageDamaged, error.StatusCode);
        Assert.Contains($"byte {lengths[0]}", error.Message);
    }

    [Fact]
    public void CorruptSnapshotStopsStartUpNamingFileAndOffset()
    {
        using var dir = new TemporaryDirectory();
        using (var store = GraphStore.Open(dir.Path))
        {
            using var tx = store.BeginWrite();
            for (var i = 0; i < 100; i++) tx.CreateNode(["Item"], new Dictionary<string, object?> { ["name"] = "item " + i });
            tx.Commit();
        }
        var snapshot = dir.File("graph.snapshot");
        var length = new FileInfo(snapshot).Length;
        FlipBit(snapshot, length / 2);

        var error = Assert.Throws<GraphDatabaseException>(() => GraphStore.Open(dir.Path));
        Assert.Equal(StatusCodes.StorageDamaged, error.StatusCode);
        Assert.Contains(snapshot, error.Message);
        Assert.Matches(@"at byte \d+", error.Message);
    }

    [Fact]
    public void TruncatedSnapshotStopsStartUp()
    {
        using var dir = new TemporaryDirectory();
        WriteItems(dir.Path, "a");
        using (GraphStore.Open(dir.Path)) { }
        var snapshot = dir.File("graph.snapshot");
        using (var file = new FileStream(snapshot, FileMode.Open)) file.SetLength(file.Length - 3);

        var error = Assert.Throws<GraphDatabaseException>(() => GraphStore.Open(dir.Path));
        Assert.Equal(StatusCodes.StorageDamaged, error.StatusCode);
        Assert.Contains(snapshot, error.Message);
    }

    [Fact]
    public void CheckpointEmptiesTheLogAndKeepsEverything()
    {
        using var dir = new TemporaryDirectory();
        WriteItems(dir.Path, "a", "b");
        using (var store = GraphStore.Open(dir.Path, NoCheckpoint))
        {
            store.Checkpoint();
            Assert.Equal(0, new FileInfo(dir.File("graph.wal")).Length);
            using var tx = store.BeginWrite();
            tx.CreateNode(["Item"], new Dictionary<string, object?> { ["name"] = "c" });
            tx.Commit();
        }
        using var reopened = GraphStore.Open(dir.Path, NoCheckpoint);
        Assert.Equal(["a", "b", "c"], Items(reopened));
    }

    [Fact]
    public void LogAlreadyFoldedIntoTheSnapshotIsSkipped()
    {
        using var dir = new TemporaryDirectory();
        WriteItems(dir.Path, "a", "b");
        var log = dir.File("graph.wal");
        var beforeCheckpoint = File.ReadAllBytes(log);
        using (var store = GraphStore.Open(dir.Path, NoCheckpoint)) store.Checkpoint();
        File.WriteAllBytes(log, beforeCheckpoint);

        using (var store = GraphStore.Open(dir.Path, NoCheckpoint))
        {
            Assert.Equal(["a", "b"], Items(store));
            using var tx = store.BeginWrite();
            tx.CreateNode(["Item"], new Dictionary<string, object?> { ["name"] = "c" });
            tx.Commit();
        }
        using var reopened = GraphStore.Open(dir.Path, NoCheckpoint);
        Assert.Equal(["a", "b", "c"], Items(reopened));
    }
}
