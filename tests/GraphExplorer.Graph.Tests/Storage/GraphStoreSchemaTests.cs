using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Graph.Tests.Storage;

public class GraphStoreSchemaTests
{
    private static Dictionary<string, object?> Props(string key, object? value) => new() { [key] = value };

    [Fact]
    public void IndexFindsIntegerByEqualFloat()
    {
        using var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        tx.CreateIndex(null, "Person", "age", ifNotExists: false);
        var a = tx.CreateNode(["Person"], Props("age", 1L));
        tx.CreateNode(["Person"], Props("age", 2L));
        tx.CreateNode(["Robot"], Props("age", 1L));

        Assert.Equal([a], tx.FindNodes("Person", "age", 1.0)!);
        Assert.Empty(tx.FindNodes("Person", "age", 1.5)!);
        Assert.Null(tx.FindNodes("Robot", "age", 1L));
    }

    [Fact]
    public void IndexFollowsPropertyAndLabelChanges()
    {
        using var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode(["Person"], Props("name", "Ann"));
        tx.CreateIndex("by_name", "Person", "name", ifNotExists: false);
        Assert.Equal([a], tx.FindNodes("Person", "name", "Ann")!);

        tx.SetNodeProperty(a, "name", "Bea");
        Assert.Empty(tx.FindNodes("Person", "name", "Ann")!);
        Assert.Equal([a], tx.FindNodes("Person", "name", "Bea")!);

        tx.RemoveLabel(a, "Person");
        Assert.Empty(tx.FindNodes("Person", "name", "Bea")!);
        tx.AddLabel(a, "Person");
        Assert.Equal([a], tx.FindNodes("Person", "name", "Bea")!);

        tx.DeleteNode(a);
        Assert.Empty(tx.FindNodes("Person", "name", "Bea")!);
    }

    [Fact]
    public void UniquenessIsCheckedAtEachWrite()
    {
        using var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        tx.CreateUniqueConstraint("key_unique", "Entity", "key", ifNotExists: false);
        tx.CreateNode(["Entity"], Props("key", 1L));
        var b = tx.CreateNode(["Entity"], Props("key", 2L));

        Assert.Equal(StatusCodes.ConstraintValidationFailed,
            Assert.Throws<GraphDatabaseException>(() => tx.CreateNode(["Entity"], Props("key", 1.0))).StatusCode);
        Assert.Equal(StatusCodes.ConstraintValidationFailed,
            Assert.Throws<GraphDatabaseException>(() => tx.SetNodeProperty(b, "key", 1L)).StatusCode);
        var c = tx.CreateNode([], Props("key", 2L));
        Assert.Throws<GraphDatabaseException>(() => tx.AddLabel(c, "Entity"));
        Assert.Equal(2, tx.CountNodesWithLabel("Entity"));
        Assert.Equal(2L, tx.GetNodeProperty(b, "key"));
    }

    [Fact]
    public void ConstraintOnViolatingDataFails()
    {
        using var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        tx.CreateNode(["Entity"], Props("key", "x"));
        tx.CreateNode(["Entity"], Props("key", "x"));
        var error = Assert.Throws<GraphDatabaseException>(() => tx.CreateUniqueConstraint(null, "Entity", "key", ifNotExists: false));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.StatusCode);
        Assert.Empty(tx.Constraints);
        Assert.Empty(tx.Indexes);
    }

    [Fact]
    public void EquivalentSchemaRulesAreRejectedUnlessIfNotExists()
    {
        using var store = GraphStore.InMemory();
        using var tx = store.BeginWrite();
        var constraint = tx.CreateUniqueConstraint(null, "Entity", "key", ifNotExists: false);
        Assert.NotNull(constraint);
        Assert.Null(tx.CreateUniqueConstraint(null, "Entity", "key", ifNotExists: true));
        Assert.Equal(StatusCodes.EquivalentSchemaRuleAlreadyExists,
            Assert.Throws<GraphDatabaseException>(() => tx.CreateUniqueConstraint("other", "Entity", "key", ifNotExists: false)).StatusCode);
        Assert.Equal([new IndexDescriptor(constraint.Name, "Entity", "key", true)], tx.Indexes);

        Assert.True(tx.DropConstraint(constraint.Name, ifExists: false));
        Assert.Empty(tx.Indexes);
        Assert.False(tx.DropConstraint(constraint.Name, ifExists: true));
        Assert.Equal(StatusCodes.SchemaRuleNotFound,
            Assert.Throws<GraphDatabaseException>(() => tx.DropIndex("nope", ifExists: false)).StatusCode);
    }
}
