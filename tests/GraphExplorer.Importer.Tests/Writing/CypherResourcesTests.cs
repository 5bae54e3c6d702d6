using GraphExplorer.Importer.Writing;

namespace GraphExplorer.Importer.Tests.Writing;

public sealed class CypherResourcesTests
{
    [Fact]
    public void SchemaSplitsIntoOneStatementPerConstraintAndIndexWithoutComments()
    {
        var statements = CypherResources.Statements("cypher/schema.cypher");
        Assert.Equal(3, statements.Count(statement => statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)));
        Assert.All(statements, statement =>
        {
            Assert.DoesNotContain("//", statement);
            Assert.DoesNotContain(";", statement);
            Assert.Contains("IF NOT EXISTS", statement);
        });
    }

    [Theory]
    [InlineData("cypher/import/find-brief.cypher")]
    [InlineData("cypher/import/create-brief.cypher")]
    [InlineData("cypher/import/merge-entities.cypher")]
    [InlineData("cypher/import/merge-relations.cypher")]
    public void ImportFilesAreEmbedded(string name) => Assert.Contains("$", CypherResources.Load(name));

    [Fact]
    public void AMissingFileIsNamedInTheError() =>
        Assert.Contains("cypher/import/nothing.cypher",
            Assert.Throws<InvalidOperationException>(() => CypherResources.Load("cypher/import/nothing.cypher")).Message);
}
