using GraphExplorer.Server.Export;

namespace GraphExplorer.Server.Tests.Export;

public class CypherLiteralTests
{
    [Theory]
    [InlineData(null, "null")]
    [InlineData(true, "true")]
    [InlineData(42L, "42")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.25, "0.25")]
    [InlineData("it's", "'it\\'s'")]
    [InlineData("a\\b\nc", "'a\\\\b\\nc'")]
    public void WritesValues(object? value, string literal) => Assert.Equal(literal, CypherLiteral.Value(value));

    [Fact]
    public void WritesListsAndMapsWithQuotedNames() =>
        Assert.Equal("{`a b`: [1, 'x'], `c`: true}",
            CypherLiteral.Map(new Dictionary<string, object?> { ["a b"] = new List<object?> { 1L, "x" }, ["c"] = true, ["d"] = null }));

    [Fact]
    public void EscapesBackticksInNames() => Assert.Equal("`we``ird`", CypherLiteral.Name("we`ird"));
}
