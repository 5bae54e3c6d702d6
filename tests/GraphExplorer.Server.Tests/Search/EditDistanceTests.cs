using GraphExplorer.Server.Search;

namespace GraphExplorer.Server.Tests.Search;

public class EditDistanceTests
{
    [Theory]
    [InlineData("china", "china", 0)]
    [InlineData("china", "chna", 1)]
    [InlineData("china", "chnia", 1)]
    [InlineData("china", "chinas", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void CountsEditsWithTranspositionAsOne(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Bounded(a, b, 5));

    [Fact]
    public void StopsPastTheBound() => Assert.Equal(2, EditDistance.Bounded("kitten", "sitting", 1));
}
