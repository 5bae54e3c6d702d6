using GraphExplorer.Cypher.Tck.Values;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Tck.Tests.Values;

public class TckValueFormatterTests
{
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = new Dictionary<string, object?>();

    [Fact]
    public void NodeMatchesLiteralByLabelsAndPropertiesWhateverItsIdAndLabelOrder()
    {
        var node = new Node(17, ["B", "A"], new Dictionary<string, object?> { ["name"] = "x", ["age"] = 3L });
        Assert.Equal(Canonical("(:A:B {age: 3, name: 'x'})"), TckValueFormatter.Format(node));
        Assert.NotEqual(Canonical("(:A {age: 3, name: 'x'})"), TckValueFormatter.Format(node));
        Assert.NotEqual(Canonical("(:A:B {age: 3.0, name: 'x'})"), TckValueFormatter.Format(node));
    }

    [Fact]
    public void PathDirectionFollowsTheRelationshipsStartNode()
    {
        var a = new Node(1, ["A"], NoProperties);
        var b = new Node(2, ["B"], NoProperties);
        var c = new Node(3, ["C"], NoProperties);
        var forward = new Relationship(10, "T", 1, 2, NoProperties);
        var backward = new Relationship(11, "U", 3, 2, NoProperties);
        var path = new GraphPath([a, b, c], [forward, backward]);
        Assert.Equal(Canonical("<(:A)-[:T]->(:B)<-[:U]-(:C)>"), TckValueFormatter.Format(path));
        Assert.NotEqual(Canonical("<(:A)-[:T]->(:B)-[:U]->(:C)>"), TckValueFormatter.Format(path));
    }

    [Fact]
    public void ListOrderMattersUnlessIgnored()
    {
        IReadOnlyList<object?> actual = new List<object?> { "Bar", "Foo" };
        var expected = TckValueParser.Parse("['Foo', 'Bar']");
        Assert.NotEqual(TckValueFormatter.Format(expected), TckValueFormatter.Format(actual));
        Assert.Equal(TckValueFormatter.Format(expected, ignoreListOrder: true), TckValueFormatter.Format(actual, ignoreListOrder: true));
    }

    [Fact]
    public void NaNEqualsNaNAndNegativeZeroEqualsZero()
    {
        Assert.Equal(Canonical("NaN"), TckValueFormatter.Format(double.NaN));
        Assert.Equal(Canonical("0.0"), TckValueFormatter.Format(-0.0));
    }

    private static string Canonical(string literal) => TckValueFormatter.Format(TckValueParser.Parse(literal));
}
