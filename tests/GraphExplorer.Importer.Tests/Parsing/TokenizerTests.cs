using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Tests.Parsing;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Thailand’s army", new[] { "Thailand", "'s", "army" })]
    [InlineData("the Iran-backed movement", new[] { "the", "Iran", "-backed", "movement" })]
    [InlineData("the U.S. said", new[] { "the", "U.S.", "said" })]
    [InlineData("2,137 and 3.5%", new[] { "2,137", "and", "3.5", "%" })]
    [InlineData("al-Sisi met O'Connor", new[] { "al-Sisi", "met", "O'Connor" })]
    [InlineData("Workers' Party", new[] { "Workers", "'", "Party" })]
    public void SplitsWordsAsNamesNeedThem(string text, string[] expected)
    {
        Assert.Equal(expected, Tokenizer.Tokenize(text).Select(t => t.Text));
    }

    [Fact]
    public void TokensKeepTheirOffsets()
    {
        const string text = "Cambodia’s PM";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["Cambodia", "’s", "PM"], tokens.Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void ControlCharactersAreSkipped()
    {
        Assert.Equal(["a", "b"], Tokenizer.Tokenize("a\u0001\u0007b").Select(t => t.Text));
    }
}
