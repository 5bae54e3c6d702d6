using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Graph.Tests.Storage;

public class GraphStoreTransactionTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];

    [Fact]
    public void WriteTransactionReadsItsOwnWrites()
    {
        using var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode(["Person"], new Dictionary<string, object?> { ["name"] = "Ann", ["age"] = 41 });
        var b = tx.CreateNode(["Person", "Admin"], NoProperties);
        var r = tx.CreateRelationship(a, b, "KNOWS", new Dictionary<string, object?> { ["since"] = 2001 });

        Assert.Equal(2, tx.NodeCount);
        Assert.Equal("Ann", tx.GetNodeProperty(a, "name"));
        Assert.Equal(41L, tx.GetNodeProperty(a, "age"));
        Assert.Equal(new RelationshipRecord(r, "KNOWS", a, b), tx.GetRelationship(r));
        Assert.Equal([new RelationshipEntry(r, b, "KNOWS", Direction.Outgoing)], tx.RelationshipsOf(a, Direction.Both));
        Assert.Equal([new RelationshipEntry(r, a, "KNOWS", Direction.Incoming)], tx.RelationshipsOf(b, Direction.Incoming, "KNOWS"));
        Assert.Empty(tx.RelationshipsOf(b, Direction.Outgoing));
        Assert.Equal(2, tx.CountNodesWithLabel("Person"));
        Assert.Equal([b], tx.NodeIdsWithLabel("Admin"));
    }

    [Fact]
    public void ReaderOpenedBeforeCommitDoesNotSeeIt()
    {
        using var store = GraphStore.InMemory();
        long a;
        using (var tx = store.BeginWrite())
        {
            a = tx.CreateNode(["Person"], new Dictionary<string, object?> { ["name"] = "Ann" });
            tx.Commit();
        }
        using var before = store.BeginRead();
        using (var tx = store.BeginWrite())
        {
            tx.SetNodeProperty(a, "name", "Bea");
            tx.CreateRelationship(a, tx.CreateNode(["City"], NoProperties), "LIVES_IN", NoProperties);
            tx.Commit();
        }
        using var after = store.BeginRead();

        Assert.Equal("Ann", before.GetNodeProperty(a, "name"));
        Assert.Equal(1, before.NodeCount);
        Assert.Equal(0, before.Degree(a, Direction.Both));
        Assert.Equal("Bea", after.GetNodeProperty(a, "name"));
        Assert.Equal(1, after.Degree(a, Direction.Outgoing, "LIVES_IN"));
    }

    [Fact]
    public void RolledBackWritesAreNeverSeen()
    {
        using var store = GraphStore.InMemory();
        using (var tx = store.BeginWrite())
        {
            tx.CreateNode(["Person"], NoProperties);
        }
        using var read = store.BeginRead();
        Assert.Equal(0, read.NodeCount);
        Assert.Empty(read.Labels);
    }

    [Fact]
    public void SelfLoopIsListedOnceInBothDirections()
    {
        using var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode([], NoProperties);
        var r = tx.CreateRelationship(a, a, "SELF", NoProperties);
        Assert.Equal([new RelationshipEntry(r, a, "SELF", Direction.Outgoing)], tx.RelationshipsOf(a, Direction.Both));
        Assert.Equal(1, tx.Degree(a, Direction.Both));
        Assert.Equal(1, tx.Degree(a, Direction.Incoming));
    }

    [Fact]
    public void MissingElementsThrowEntityNotFound()
    {
        using var store = GraphStore.InMemory();
        using var read = store.BeginRead();
        var error = Assert.Throws<GraphDatabaseException>(() => read.GetNodeProperty(7, "name"));
        Assert.Equal(StatusCodes.EntityNotFound, error.StatusCode);
        Assert.Equal(StatusCodes.EntityNotFound, Assert.Throws<GraphDatabaseException>(() => read.GetRelationship(0)).StatusCode);
    }

    [Fact]
    public void SettingNullRemovesThePropertyAndItsKeyFromUse()
    {
        using var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode(["Person"], new Dictionary<string, object?> { ["name"] = "Ann" });
        Assert.Contains("name", tx.PropertyKeys);
        tx.SetNodeProperty(a, "name", null);
        Assert.Null(tx.GetNodeProperty(a, "name"));
        Assert.Empty(tx.NodeProperties(a));
        Assert.DoesNotContain("name", tx.PropertyKeys);
    }

    [Fact]
    public void MapsCannotBeStoredAsProperties()
    {
        using var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode([], NoProperties);
        var error = Assert.Throws<GraphDatabaseException>(() => tx.SetNodeProperty(a, "m", new Dictionary<string, object?> { ["x"] = 1L }));
        Assert.Equal(StatusCodes.TypeError, error.StatusCode);
    }

    [Fact]
    public void CommittedAdjacencyKeepsTypesDirectionsAndSelfLoops()
    {
        using var store = GraphStore.InMemory();
        long a, b, loop, ab, ba;
        using (var tx = store.BeginWrite())
        {
            a = tx.CreateNode([], NoProperties);
            b = tx.CreateNode([], NoProperties);
            loop = tx.CreateRelationship(a, a, "SELF", NoProperties);
            ab = tx.CreateRelationship(a, b, "KNOWS", NoProperties);
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            ba = tx.CreateRelationship(b, a, "KNOWS", NoProperties);
            tx.Commit();
        }
        using var read = store.BeginRead();
        Assert.Equal(
            [new(loop, a, "SELF", Direction.Outgoing), new(ab, b, "KNOWS", Direction.Outgoing), new(ba, b, "KNOWS", Direction.Incoming)],
            read.RelationshipsOf(a, Direction.Both).OrderBy(e => e.RelationshipId));
        Assert.Equal(3, read.Degree(a, Direction.Both));
        Assert.Equal(2, read.Degree(a, Direction.Incoming));
        Assert.Equal(1, read.Degree(a, Direction.Incoming, "KNOWS"));
        Assert.Equal([new RelationshipEntry(ba, b, "KNOWS", Direction.Incoming)], read.RelationshipsOf(a, Direction.Incoming, "KNOWS"));
        Assert.Empty(read.RelationshipsOf(a, Direction.Both, "UNKNOWN"));
        Assert.Equal(2, read.CountRelationshipsOfType("KNOWS"));
    }

    [Fact]
    public void RepackedAdjacencyReadsTheSameAndOldReadersKeepTheirs()
    {
        using var store = GraphStore.InMemory();
        using (var tx = store.BeginWrite())
        {
            for (var i = 0; i < 50; i++) tx.CreateNode([], NoProperties);
            for (var i = 0; i < 400; i++) tx.CreateRelationship(i % 50, (i * 7) % 50, i % 3 == 0 ? "A" : "B", NoProperties);
            tx.Commit();
        }
        using var before = store.BeginRead();
        var expected = Enumerable.Range(0, 50).Select(n => before.RelationshipsOf(n, Direction.Both).ToList()).ToList();

        using (store.BeginWrite())
        {
            store.RepackAdjacency();
        }
        using var after = store.BeginRead();
        for (var n = 0; n < 50; n++)
        {
            Assert.Equal(expected[n], after.RelationshipsOf(n, Direction.Both));
            Assert.Equal(expected[n], before.RelationshipsOf(n, Direction.Both));
        }
    }
}
