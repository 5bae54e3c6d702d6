using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Graph.Tests.Storage;

public class GraphStoreLabelStatisticsTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];

    private static long Unlabelled(IGraphReader reader) => ((ILabelStatistics)reader).UnlabelledNodeCount;

    private static long UnlabelledCommitted(GraphStore store)
    {
        using var read = store.BeginRead();
        return Unlabelled(read);
    }

    [Fact]
    public void CountFollowsCreateLabelChangesAndDelete()
    {
        using var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        var bare = tx.CreateNode([], NoProperties);
        var other = tx.CreateNode([], NoProperties);
        tx.CreateNode(["Person"], NoProperties);
        Assert.Equal(2, Unlabelled(tx));

        Assert.True(tx.AddLabel(bare, "Person"));
        Assert.True(tx.AddLabel(bare, "Topic"));
        Assert.Equal(1, Unlabelled(tx));

        Assert.True(tx.RemoveLabel(bare, "Person"));
        Assert.Equal(1, Unlabelled(tx));
        Assert.True(tx.RemoveLabel(bare, "Topic"));
        Assert.Equal(2, Unlabelled(tx));
        Assert.False(tx.RemoveLabel(bare, "Topic"));
        Assert.Equal(2, Unlabelled(tx));

        tx.DeleteNode(other);
        Assert.Equal(1, Unlabelled(tx));
        tx.Commit();
        Assert.Equal(1, UnlabelledCommitted(store));
    }

    [Fact]
    public void ReaderKeepsItsSnapshotAndRollbackLeavesNoTrace()
    {
        using var store = GraphStore.InMemory();
        using (var tx = store.BeginWrite())
        {
            tx.CreateNode([], NoProperties);
            tx.Commit();
        }
        using var before = store.BeginRead();

        using (var tx = store.BeginWrite())
        {
            tx.CreateNode([], NoProperties);
            tx.AddLabel(0, "Person");
            Assert.Equal(1, Unlabelled(tx));
            Assert.Equal(1, Unlabelled(before));
            tx.Rollback();
        }
        Assert.Equal(1, UnlabelledCommitted(store));

        using (var tx = store.BeginWrite())
        {
            tx.AddLabel(0, "Person");
            tx.Commit();
        }
        Assert.Equal(1, Unlabelled(before));
        Assert.Equal(0, UnlabelledCommitted(store));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReopenedStoreRestoresTheCount(bool checkpointOnDispose)
    {
        using var dir = new TemporaryDirectory();
        using (var store = GraphStore.Open(dir.Path, new GraphStoreOptions { CheckpointOnDispose = checkpointOnDispose }))
        {
            using var tx = store.BeginWrite();
            tx.CreateNode([], NoProperties);
            tx.CreateNode([], NoProperties);
            tx.CreateNode(["Person"], NoProperties);
            tx.AddLabel(0, "Person");
            tx.RemoveLabel(2, "Person");
            tx.CreateNode([], NoProperties);
            tx.DeleteNode(3);
            tx.Commit();
        }
        using (var store = GraphStore.Open(dir.Path))
            Assert.Equal(2, UnlabelledCommitted(store));
    }
}
