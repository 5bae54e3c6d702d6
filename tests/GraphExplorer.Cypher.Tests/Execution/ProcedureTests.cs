namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class ProcedureTests
{
    [Fact]
    public void TokenProceduresListWhatIsInUse()
    {
        using var runner = new QueryRunner();
        runner.Run("CREATE (:B {y: 1})-[:T]->(:A {x: 2})");
        Assert.Equal("label\n'A'\n'B'", runner.Run("CALL db.labels()"));
        Assert.Equal("relationshipType\n'T'", runner.Run("CALL db.relationshipTypes"));
        Assert.Equal("key\n'x'\n'y'", runner.Run("CALL db.propertyKeys() YIELD propertyKey AS key RETURN key ORDER BY key"));
    }

    [Fact]
    public void ComponentsNameTheKernel()
    {
        using var runner = new QueryRunner();
        Assert.Equal("name | edition\n'Neo4j Kernel' | 'community'", runner.Run("CALL dbms.components() YIELD name, edition RETURN name, edition"));
    }
}
