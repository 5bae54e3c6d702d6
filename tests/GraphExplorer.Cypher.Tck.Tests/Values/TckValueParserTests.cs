using GraphExplorer.Cypher.Tck.Values;

namespace GraphExplorer.Cypher.Tck.Tests.Values;

public class TckValueParserTests
{
    [Theory]
    [InlineData("null", "null")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("42", "42")]
    [InlineData("-7", "-7")]
    [InlineData("1.5", "1.5")]
    [InlineData("-0.0", "0.0")]
    [InlineData("1e308", "1E+308")]
    [InlineData("-1.2635418652381264e305", "-1.2635418652381264E+305")]
    [InlineData("NaN", "NaN")]
    [InlineData("-Inf", "-Inf")]
    [InlineData("'it\\'s'", "'it\\'s'")]
    [InlineData("'a\\\\b'", "'a\\\\b'")]
    [InlineData("[]", "[]")]
    [InlineData("[1, 'a', [null]]", "[1, 'a', [null]]")]
    [InlineData("[true, null]", "[true, null]")]
    [InlineData("{b: 2, a: [1.0]}", "{a: [1.0], b: 2}")]
    [InlineData("{`weird key`: 1}", "{weird key: 1}")]
    [InlineData("()", "()")]
    [InlineData("(:B:A {name: 'x'})", "(:A:B {name: 'x'})")]
    [InlineData("({num: 1})", "({num: 1})")]
    [InlineData("[:T]", "[:T]")]
    [InlineData("[:T {w: 2}]", "[:T {w: 2}]")]
    [InlineData("<()>", "<()>")]
    [InlineData("<(:A)-[:T]->(:B)<-[:U {p: 1}]-()>", "<(:A)-[:T]->(:B)<-[:U {p: 1}]-()>")]
    public void ParsesLiteralIntoItsCanonicalForm(string literal, string canonical)
    {
        Assert.Equal(canonical, TckValueFormatter.Format(TckValueParser.Parse(literal)));
    }

    [Fact]
    public void KeepsIntegersAndFloatsApart()
    {
        Assert.IsType<long>(TckValueParser.Parse("1"));
        Assert.IsType<double>(TckValueParser.Parse("1.0"));
        Assert.NotEqual(TckValueFormatter.Format(TckValueParser.Parse("1")), TckValueFormatter.Format(TckValueParser.Parse("1.0")));
    }

    [Fact]
    public void DecodesStringEscapes()
    {
        Assert.Equal("a\nb'\"\\", TckValueParser.Parse("'a\\nb\\'\"\\\\'"));
    }

    [Fact]
    public void ReadsPathDirections()
    {
        var path = Assert.IsType<PathLiteral>(TckValueParser.Parse("<(:A)-[:T]->(:B)<-[:U]-(:C)>"));
        Assert.Equal([true, false], path.Steps.Select(s => s.Forward));
        Assert.Equal(["T", "U"], path.Steps.Select(s => s.Relationship.Type));
    }

    [Fact]
    public void GivesListsAndMapsAsParameterFriendlyCollections()
    {
        var map = Assert.IsType<Dictionary<string, object?>>(TckValueParser.Parse("{list: [1, 2]}"));
        Assert.Equal(new List<object?> { 1L, 2L }, Assert.IsType<List<object?>>(map["list"]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("'unterminated")]
    [InlineData("[1, 2")]
    [InlineData("{a 1}")]
    [InlineData("1 2")]
    [InlineData("bogus")]
    [InlineData("<(:A)-[:T]-(:B)>")]
    [InlineData("99999999999999999999")]
    public void RejectsMalformedLiterals(string literal)
    {
        Assert.Throws<TckValueFormatException>(() => TckValueParser.Parse(literal));
    }
}
