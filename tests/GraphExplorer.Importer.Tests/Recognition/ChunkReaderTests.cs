using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Parsing;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Tests.Recognition;

public sealed class ChunkReaderTests
{
    [Theory]
    [InlineData("Trump for the Nobel Peace Prize", "Trump")]
    [InlineData("Institute for Space Research said", "Institute for Space Research")]
    [InlineData("Council on Foreign Relations", "Council on Foreign Relations")]
    [InlineData("Constitutional Court of Thailand", "Constitutional Court of Thailand")]
    public void ForAndOnJoinOnlyTheNameOfABody(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        var end = ChunkReader.End(tokens, 0, tokens.Count, Gazetteer.Default);

        Assert.Equal(expected, string.Join(" ", tokens.Take(end).Select(t => t.Text)));
    }
}
