using System.Reflection;
using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class NodeAnyLabelIndexSeekTests
{
    /// <summary>The store's reader seen through a proxy that records whether every node was scanned.</summary>
    public interface IStatisticsReader : IGraphReader, ILabelStatistics;

    public class ScanWatcher : DispatchProxy
    {
        public object Target { get; set; } = null!;
        public bool Scanned { get; private set; }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            if (method!.Name == nameof(IGraphReader.AllNodeIds)) Scanned = true;
            try
            {
                return method.Invoke(Target, args);
            }
            catch (TargetInvocationException error) when (error.InnerException is not null)
            {
                throw error.InnerException;
            }
        }
    }

    private static readonly Dictionary<string, object?> NoProperties = [];

    private static (List<long> Found, bool Scanned) Seek(GraphStore store, string wanted)
    {
        using var read = store.BeginRead();
        var reader = DispatchProxy.Create<IStatisticsReader, ScanWatcher>();
        var watcher = (ScanWatcher)(object)reader;
        watcher.Target = read;
        var context = new QueryContext(reader, null, new Dictionary<string, object?>(), 1, CancellationToken.None);
        var seek = new NodeAnyLabelIndexSeek(0, "id", (_, _) => wanted, "e");
        var found = seek.Apply([new object?[1]], context).Select(row => ((NodeRef)row[0]!).Id).Order().ToList();
        return (found, watcher.Scanned);
    }

    private static GraphStore Store(bool withUnlabelledNode)
    {
        var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        foreach (var label in new[] { "Person", "Topic", "Brief" })
            tx.CreateIndex($"{label}_id", label, "id", ifNotExists: false);
        tx.CreateNode(["Person"], new Dictionary<string, object?> { ["id"] = "x" });
        tx.CreateNode(["Topic", "Brief"], new Dictionary<string, object?> { ["id"] = "x" });
        tx.CreateNode(["Brief"], new Dictionary<string, object?> { ["id"] = "y" });
        if (withUnlabelledNode) tx.CreateNode([], new Dictionary<string, object?> { ["id"] = "x" });
        tx.Commit();
        return store;
    }

    [Fact]
    public void SeveralIndexedLabelsAreSeekedWithoutAScan()
    {
        using var store = Store(withUnlabelledNode: false);
        var (found, scanned) = Seek(store, "x");
        Assert.Equal([0L, 1L], found);
        Assert.False(scanned);
    }

    [Fact]
    public void AnUnlabelledNodeForcesTheScanSoItIsStillFound()
    {
        using var store = Store(withUnlabelledNode: true);
        var (found, scanned) = Seek(store, "x");
        Assert.Equal([0L, 1L, 3L], found);
        Assert.True(scanned);
    }

    [Fact]
    public void RemovingTheLastLabelOfANodeForcesTheScan()
    {
        using var store = Store(withUnlabelledNode: false);
        using (var tx = store.BeginWrite())
        {
            tx.RemoveLabel(0, "Person");
            tx.Commit();
        }
        var (found, scanned) = Seek(store, "x");
        Assert.Equal([0L, 1L], found);
        Assert.True(scanned);
    }
}
