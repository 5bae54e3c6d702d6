using GraphExplorer.Cypher.Tck.Expectations;

namespace GraphExplorer.Cypher.Tck.Tests.Expectations;

public class ExpectedResultTests
{
    private static readonly string[] Columns = ["n"];

    private static ExpectedResult Table(bool ordered, params string[] cells) =>
        ExpectedResult.FromTable([Columns, .. cells.Select(c => (IReadOnlyList<string>)[c])], ordered, ignoreListOrder: false);

    private static object?[][] Rows(params object?[] values) => values.Select(v => new[] { v }).ToArray();

    [Fact]
    public void BagAcceptsAnyOrder()
    {
        Assert.Null(Table(false, "1", "2", "2").Check(Columns, Rows(2L, 1L, 2L)));
    }

    [Fact]
    public void BagFailsOnAMissingRow()
    {
        Assert.NotNull(Table(false, "1", "2").Check(Columns, Rows(1L)));
    }

    [Fact]
    public void BagFailsOnWrongMultiplicity()
    {
        Assert.NotNull(Table(false, "1", "1", "2").Check(Columns, Rows(1L, 2L, 2L)));
    }

    [Fact]
    public void BagFailsOnAnExtraRow()
    {
        Assert.NotNull(Table(false, "1").Check(Columns, Rows(1L, 1L)));
    }

    [Fact]
    public void OrderedFailsOnReorderedRows()
    {
        Assert.Null(Table(true, "1", "2").Check(Columns, Rows(1L, 2L)));
        Assert.NotNull(Table(true, "1", "2").Check(Columns, Rows(2L, 1L)));
    }

    [Fact]
    public void IntegerDoesNotMatchFloat()
    {
        Assert.NotNull(Table(false, "1").Check(Columns, Rows(1.0)));
    }

    [Fact]
    public void ColumnsMustMatchByNameAndOrder()
    {
        var expected = ExpectedResult.FromTable([["a", "b"], ["1", "2"]], ordered: false, ignoreListOrder: false);
        Assert.Null(expected.Check(["a", "b"], [[1L, 2L]]));
        Assert.StartsWith("columns differ", expected.Check(["b", "a"], [[2L, 1L]]));
    }

    [Fact]
    public void HeaderOnlyTableMeansNoRowsWithThoseColumns()
    {
        var expected = ExpectedResult.FromTable([Columns], ordered: false, ignoreListOrder: false);
        Assert.Null(expected.Check(Columns, []));
        Assert.NotNull(expected.Check(Columns, Rows(1L)));
    }

    [Fact]
    public void EmptyResultIgnoresColumnsButNotRows()
    {
        Assert.Null(ExpectedResult.Empty.Check(["x"], []));
        Assert.NotNull(ExpectedResult.Empty.Check(["x"], Rows(1L)));
    }

    [Fact]
    public void IgnoringListOrderComparesListsAsBags()
    {
        var expected = ExpectedResult.FromTable([Columns, ["['Foo', 'Bar']"]], ordered: false, ignoreListOrder: true);
        Assert.Null(expected.Check(Columns, [[new List<object?> { "Bar", "Foo" }]]));
        Assert.NotNull(expected.Check(Columns, [[new List<object?> { "Bar", "Bar" }]]));
    }
}
