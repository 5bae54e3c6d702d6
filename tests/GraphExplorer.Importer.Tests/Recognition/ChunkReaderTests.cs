using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Parsing;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Tests.Recognition;

public sealed class ChunkReaderTests
{
    [Theory]
    [InlineData("Smith for the Olympic Games", "Smith")]
    [InlineData("Institute for Fiscal Studies said", "Institute for Fiscal Studies")]
    [InlineData("Council on Foreign Relations", "Council on Foreign Relations")]
    [InlineData("Supreme Court of Chile", "Supreme Court of Chile")]
    public void ForAndOnJoinOnlyTheNameOfABody(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        var end = ChunkReader.End(tokens, 0, tokens.Count, Gazetteer.Default);

        Assert.Equal(expected, string.Join(" ", tokens.Take(end).Select(t => t.Text)));
    }
}
