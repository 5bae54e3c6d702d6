using System.Buffers.Binary;
using System.Text;
using GraphExplorer.Graph.Storage;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Graph.Tests.Storage.Durability;

/// <summary>Stores written before temporal values could be stored still open: their value tags kept their numbers.</summary>
public class FormatCompatibilityTests
{
    /// <summary>One transaction as the log wrote it before tags 7-12 existed, spelled out byte by byte.</summary>
    private static byte[] LegacyRecord()
    {
        var bytes = new List<byte>();
        void Int32(int v) { var b = new byte[4]; BinaryPrimitives.WriteInt32LittleEndian(b, v); bytes.AddRange(b); }
        void Int64(long v) { var b = new byte[8]; BinaryPrimitives.WriteInt64LittleEndian(b, v); bytes.AddRange(b); }
        void Text(string v) { Int32(Encoding.UTF8.GetByteCount(v)); bytes.AddRange(Encoding.UTF8.GetBytes(v)); }

        Int64(1);                           // transaction number
        bytes.Add(1); Int64(0);             // CreateNode, id 0
        Int32(1); Text("Person");           // labels
        Int32(3);                           // properties
        Text("name"); bytes.Add(5); Text("Ann");
        Text("age"); bytes.Add(3); Int64(42);
        Text("tags"); bytes.Add(6); Int32(2); bytes.Add(5); Text("a"); bytes.Add(5); Text("b");
        bytes.Add(3); Int64(0); Text("score"); bytes.Add(4); Int64(BitConverter.DoubleToInt64Bits(1.5));  // SetNodeProperty
        bytes.Add(3); Int64(0); Text("active"); bytes.Add(2);
        return bytes.ToArray();
    }

    [Fact]
    public void LogWrittenBeforeTemporalTagsReplaysAndTakesTemporalWrites()
    {
        using var dir = new TemporaryDirectory();
        FrameFiles.Write(dir.File("graph.wal"), [LegacyRecord()]);

        using (var store = GraphStore.Open(dir.Path))
        {
            using (var read = store.BeginRead())
            {
                Assert.Equal("Ann", read.GetNodeProperty(0, "name"));
                Assert.Equal(42L, read.GetNodeProperty(0, "age"));
                Assert.Equal(["a", "b"], (IEnumerable<object?>)read.GetNodeProperty(0, "tags")!);
                Assert.Equal(1.5, read.GetNodeProperty(0, "score"));
                Assert.Equal(true, read.GetNodeProperty(0, "active"));
            }
            using var tx = store.BeginWrite();
            tx.SetNodeProperty(0, "born", new DateValue(new DateOnly(1970, 1, 2)));
            tx.Commit();
        }
        using var reopened = GraphStore.Open(dir.Path);
        using var again = reopened.BeginRead();
        Assert.Equal("Ann", again.GetNodeProperty(0, "name"));
        Assert.Equal(new DateValue(new DateOnly(1970, 1, 2)), again.GetNodeProperty(0, "born"));
    }

    [Fact]
    public void StoreDirectoryWrittenByThePreTemporalCodeOpensAndTakesTemporalWrites()
    {
        using var dir = new TemporaryDirectory();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Storage", "Durability", "Fixtures", "pre-temporal")))
            File.Copy(file, dir.File(Path.GetFileName(file)));

        using (var store = GraphStore.Open(dir.Path))
        {
            using (var read = store.BeginRead())
            {
                Assert.Equal("Ann B.", read.GetNodeProperty(0, "name"));
                Assert.Equal(["A.", "Annie"], (IEnumerable<object?>)read.GetNodeProperty(0, "aliases")!);
                Assert.Equal(3L, read.GetNodeProperty(0, "count"));
                Assert.Equal(0.25, read.GetNodeProperty(0, "score"));
                Assert.Equal(true, read.GetNodeProperty(0, "active"));
                Assert.Equal([1L, 2L], (IEnumerable<object?>)read.GetNodeProperty(1, "sentences")!);
                Assert.Equal(0.5, read.GetRelationshipProperty(0, "confidence"));
                Assert.Equal([1.5, 2.5], (IEnumerable<object?>)read.GetNodeProperty(2, "tags")!);
                Assert.Equal([1L], read.FindNodes("Brief", "key", "b1")!);
                Assert.Equal(["entity_key"], read.Constraints.Select(c => c.Name));
            }
            using var tx = store.BeginWrite();
            tx.SetNodeProperty(1, "publishedAt", new DateValue(new DateOnly(2024, 2, 29)));
            tx.Commit();
        }
        using var reopened = GraphStore.Open(dir.Path);
        using var again = reopened.BeginRead();
        Assert.Equal(new DateValue(new DateOnly(2024, 2, 29)), again.GetNodeProperty(1, "publishedAt"));
        Assert.Equal("Ann B.", again.GetNodeProperty(0, "name"));
    }
}
