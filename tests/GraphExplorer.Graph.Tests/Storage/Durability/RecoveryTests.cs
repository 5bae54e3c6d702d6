using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Graph.Tests.Storage.Durability;

public class RecoveryTests
{
    private static readonly GraphStoreOptions NoCheckpoint = new() { CheckpointOnDispose = false };

    private static void WritePeople(GraphStore store, params string[] names)
    {
        foreach (var name in names)
        {
            using var tx = store.BeginWrite();
            tx.CreateNode(["Person"], new Dictionary<string, object?> { ["name"] = name, ["tags"] = new[] { "a", "b" } });
            tx.Commit();
        }
    }

    private static List<string> Names(GraphStore store)
    {
        using var read = store.BeginRead();
        return read.NodeIdsWithLabel("Person").Select(id => (string)read.GetNodeProperty(id, "name")!).ToList();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReopenedStoreHasEveryCommit(bool checkpointOnDispose)
    {
        using var dir = new TemporaryDirectory();
        using (var store = GraphStore.Open(dir.Path, new GraphStoreOptions { CheckpointOnDispose = checkpointOnDispose }))
        {
            using (var tx = store.BeginWrite())
            {
                tx.CreateUniqueConstraint("person_name", "Person", "name", ifNotExists: false);
                tx.Commit();
            }
            WritePeople(store, "Ann", "Bea", "Cid");
            using var tx2 = store.BeginWrite();
            tx2.CreateRelationship(0, 1, "KNOWS", new Dictionary<string, object?> { ["since"] = 1999.5 });
            tx2.DeleteNode(2);
            tx2.Commit();
        }
        using (var store = GraphStore.Open(dir.Path))
        {
            Assert.Equal(["Ann", "Bea"], Names(store));
            using var read = store.BeginRead();
            Assert.Equal(1999.5, read.GetRelationshipProperty(0, "since"));
            Assert.Equal(["a", "b"], (IEnumerable<object?>)read.GetNodeProperty(0, "tags")!);
            Assert.Equal([1L], read.FindNodes("Person", "name", "Bea")!);
            Assert.Equal(["person_name"], read.Constraints.Select(c => c.Name));
            WritePeople(store, "Dee");
        }
        using (var store = GraphStore.Open(dir.Path, NoCheckpoint))
        {
            using var read = store.BeginRead();
            Assert.Equal([3L], read.FindNodes("Person", "name", "Dee")!);
        }
    }

    [Fact]
    public void SecondOpenOfSameDirectoryIsRefused()
    {
        using var dir = new TemporaryDirectory();
        using var store = GraphStore.Open(dir.Path);
        var error = Assert.Throws<GraphDatabaseException>(() => GraphStore.Open(dir.Path));
        Assert.Equal(StatusCodes.DatabaseUnavailable, error.StatusCode);
    }
}
