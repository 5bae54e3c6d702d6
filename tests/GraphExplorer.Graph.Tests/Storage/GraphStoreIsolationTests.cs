using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Graph.Tests.Storage;

public class GraphStoreIsolationTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ReaderIsNotBlockedByAnOpenWriteTransaction()
    {
        using var store = GraphStore.InMemory();
        using var written = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var writer = Task.Run(() =>
        {
            using var tx = store.BeginWrite();
            for (var i = 0; i < 1000; i++) tx.CreateNode(["Busy"], NoProperties);
            written.Set();
            release.Wait();
            tx.Commit();
        });
        Assert.True(written.Wait(Generous));

        var seen = await Task.Run(() =>
        {
            using var read = store.BeginRead();
            return read.NodeCount;
        }).WaitAsync(Generous);
        Assert.Equal(0, seen);

        release.Set();
        await writer.WaitAsync(Generous);
        using var after = store.BeginRead();
        Assert.Equal(1000, after.CountNodesWithLabel("Busy"));
    }

    [Fact]
    public void SecondWriterWaitsForTheFirst()
    {
        using var store = GraphStore.InMemory();
        var first = store.BeginWrite();
        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
            Assert.ThrowsAny<OperationCanceledException>(() => store.BeginWrite(cancel.Token));
        first.Rollback();
        using var second = store.BeginWrite();
        Assert.Equal(0, second.NodeCount);
    }

    [Fact]
    public void ClosedTransactionRefusesUse()
    {
        using var store = GraphStore.InMemory();
        var tx = store.BeginWrite();
        tx.Commit();
        Assert.Equal(StatusCodes.TransactionClosed,
            Assert.Throws<GraphDatabaseException>(() => tx.CreateNode([], NoProperties)).StatusCode);
        var read = store.BeginRead();
        read.Dispose();
        Assert.Equal(StatusCodes.TransactionClosed, Assert.Throws<GraphDatabaseException>(() => read.NodeCount).StatusCode);
    }

    [Fact]
    public void ScanInsideWriteTransactionDoesNotVisitNodesCreatedDuringIt()
    {
        using var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        for (var i = 0; i < 3; i++) tx.CreateNode(["N"], NoProperties);
        var visited = 0;
        foreach (var id in tx.NodeIdsWithLabel("N"))
        {
            visited++;
            tx.CreateNode(["N"], NoProperties);
        }
        foreach (var id in tx.AllNodeIds()) tx.CreateNode(["N"], NoProperties);
        Assert.Equal(3, visited);
        Assert.Equal(12, tx.NodeCount);
    }

    [Fact]
    public void ExpansionInsideWriteTransactionDoesNotVisitRelationshipsCreatedDuringIt()
    {
        using var store = GraphStore.InMemory();
        using (var setup = store.BeginWrite())
        {
            var a = setup.CreateNode([], NoProperties);
            setup.CreateRelationship(a, setup.CreateNode([], NoProperties), "R", NoProperties);
            setup.Commit();
        }
        using var tx = store.BeginWrite();
        tx.CreateRelationship(0, tx.CreateNode([], NoProperties), "R", NoProperties);
        var visited = 0;
        foreach (var entry in tx.RelationshipsOf(0, Direction.Outgoing, "R"))
        {
            visited++;
            tx.CreateRelationship(0, entry.OtherNodeId, "R", NoProperties);
        }
        Assert.Equal(2, visited);
        Assert.Equal(4, tx.Degree(0, Direction.Outgoing));
    }

    [Fact]
    public async Task ConcurrentReadersAlwaysSeeWholeTransactions()
    {
        using var store = GraphStore.InMemory();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var checks = 0;
            while (!stop.IsCancellationRequested || checks == 0)
            {
                using var read = store.BeginRead();
                var nodes = read.AllNodeIds().ToList();
                Assert.Equal(read.NodeCount, nodes.Count);
                Assert.Equal(0, nodes.Count % 2);
                Assert.Equal(nodes.Count / 2, read.RelationshipCount);
                foreach (var id in nodes) Assert.Equal(1, read.Degree(id, Direction.Both, "PAIR"));
                checks++;
            }
            return checks;
        })).ToArray();

        for (var i = 0; i < 300; i++)
        {
            using var tx = store.BeginWrite();
            var a = tx.CreateNode(["P"], NoProperties);
            var b = tx.CreateNode(["P"], NoProperties);
            tx.CreateRelationship(a, b, "PAIR", NoProperties);
            tx.Commit();
        }
        await stop.CancelAsync();
        var checks = await Task.WhenAll(readers).WaitAsync(Generous);
        Assert.All(checks, c => Assert.True(c > 0));
    }
}
