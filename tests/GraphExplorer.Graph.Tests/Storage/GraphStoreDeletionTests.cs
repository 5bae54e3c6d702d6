using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Graph.Tests.Storage;

public class GraphStoreDeletionTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];

    [Fact]
    public void DeletingConnectedNodeFailsValidation()
    {
        using var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode([], NoProperties);
        var b = tx.CreateNode([], NoProperties);
        tx.CreateRelationship(a, b, "R", NoProperties);
        tx.DeleteNode(a);

        var error = Assert.Throws<GraphDatabaseException>(tx.ValidateDeletions);
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.StatusCode);
        Assert.Equal("DeleteConnectedNode", error.Detail);
    }

    [Fact]
    public void NodeAndItsRelationshipsMayBeDeletedInAnyOrder()
    {
        using var store = GraphStore.InMemory();
        long a, b, r;
        using (var tx = store.BeginWrite())
        {
            a = tx.CreateNode(["Person"], NoProperties);
            b = tx.CreateNode(["Person"], NoProperties);
            r = tx.CreateRelationship(a, b, "KNOWS", new Dictionary<string, object?> { ["w"] = 1L });
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            tx.DeleteNode(a);
            Assert.False(tx.NodeExists(a));
            tx.DeleteRelationship(r);
            tx.Commit();
        }
        using var read = store.BeginRead();
        Assert.Equal(1, read.NodeCount);
        Assert.Equal(0, read.RelationshipCount);
        Assert.Equal(0, read.Degree(b, Direction.Both));
        Assert.Empty(read.RelationshipTypes);
        Assert.DoesNotContain("w", read.PropertyKeys);
        Assert.Equal([b], read.AllNodeIds());
    }

    [Fact]
    public void CommitRejectsDanglingRelationships()
    {
        using var store = GraphStore.InMemory();
        using (var tx = store.BeginWrite())
        {
            var a = tx.CreateNode([], NoProperties);
            tx.CreateRelationship(a, a, "R", NoProperties);
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            tx.DeleteNode(0);
            Assert.Throws<GraphDatabaseException>(tx.Commit);
        }
        using var read = store.BeginRead();
        Assert.Equal(1, read.NodeCount);
    }
}
