using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Tests.Parsing;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("The U.S. Treasury acted. Then it stopped.", new[] { "The U.S. Treasury acted.", "Then it stopped." })]
    [InlineData("Dr. Smith met Gen. Lee on Jan. 5. They talked.", new[] { "Dr. Smith met Gen. Lee on Jan. 5.", "They talked." })]
    [InlineData("Over 2,137 people were held. Growth was 3.5 percent.", new[] { "Over 2,137 people were held.", "Growth was 3.5 percent." })]
    [InlineData("\"We will win,\" he said. \"Never,\" she replied.", new[] { "\"We will win,\" he said.", "\"Never,\" she replied." })]
    [InlineData("Is it over? Nobody knows! Wait.", new[] { "Is it over?", "Nobody knows!", "Wait." })]
    [InlineData("J. R. Smith spoke. It ended.", new[] { "J. R. Smith spoke.", "It ended." })]
    [InlineData("no punctuation at all", new[] { "no punctuation at all" })]
    public void SplitsAtSentenceEndsOnly(string text, string[] expected)
    {
        var ranges = new List<(int Start, int End)>();
        SentenceSplitter.Split(text, 0, text.Length, ranges);

        Assert.Equal(expected, ranges.Select(r => text[r.Start..r.End]));
    }

    [Fact]
    public void OffsetsAreRelativeToTheWholeText()
    {
        const string text = "Heading\nFirst one.  Second one.";
        var ranges = new List<(int Start, int End)>();
        SentenceSplitter.Split(text, 8, text.Length, ranges);

        Assert.Equal([(8, 18), (20, 31)], ranges);
    }
}
