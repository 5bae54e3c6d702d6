using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Tests.Parsing;

public sealed class BriefParserTests
{
    private const string Brief = """
        What's happened
        Ruritania has closed its border. The Daily Planet reports nothing new.
        What’s behind the headline?
        Officials in Strelsau blamed smugglers.
        What the papers say
        The Daily Planet reports that trade has stopped. While Al Jazeera highlights the human cost, Reuters notes the economic toll.
        How we got here
        The dispute began in 2020.
        Go deeper
        Common question
        -
        Why Did Ruritania Close the Border?
        Smuggling rose sharply. Here is what we know.
        -
        More on these topics
        -
        Ruritania, officially the Kingdom of Ruritania, is a country in Europe.
        -
        Rudolf Rassendyll (born 1 May 1970) is a Ruritanian politician. He is popular.
        """;

    private readonly BriefParser parser = new();

    [Fact]
    public void ReadsSectionsInOrder()
    {
        var brief = parser.Parse("r.txt", Brief);

        Assert.Equal(
            [SectionHeadings.WhatsHappened, SectionHeadings.BehindTheHeadline, SectionHeadings.PapersSay, SectionHeadings.HowWeGotHere, SectionHeadings.GoDeeper, SectionHeadings.MoreOnTheseTopics],
            brief.Sections);
    }

    [Fact]
    public void SentencesCarryTheirSectionAndOffsets()
    {
        var brief = parser.Parse("r.txt", Brief);

        Assert.All(brief.Sentences, s => Assert.Equal(s.Text, Brief[s.Start..s.End]));
        Assert.Equal(Enumerable.Range(0, brief.Sentences.Count), brief.Sentences.Select(s => s.Index));
        Assert.Equal(SectionHeadings.HowWeGotHere, brief.Sentences.Single(s => s.Text.StartsWith("The dispute", StringComparison.Ordinal)).Section);
    }

    [Fact]
    public void CommonQuestionsStayInGoDeeper()
    {
        var brief = parser.Parse("r.txt", Brief);

        var question = brief.Sentences.Single(s => s.Text == "Why Did Ruritania Close the Border?");
        Assert.Equal(SectionHeadings.GoDeeper, question.Section);
    }

    [Fact]
    public void ReadsEntityCardsWithTheirNames()
    {
        var brief = parser.Parse("r.txt", Brief);

        Assert.Equal(["Ruritania", "Rudolf Rassendyll"], brief.Cards.Select(c => c.Name));
        Assert.Equal("Rudolf Rassendyll (born 1 May 1970) is a Ruritanian politician. He is popular.", brief.Cards[1].Text);
        Assert.Equal(brief.Cards[1].Text, Brief[brief.Cards[1].Start..brief.Cards[1].End]);
    }

    [Fact]
    public void FindsTheOutletsThePapersSectionCites()
    {
        var brief = parser.Parse("r.txt", Brief);

        Assert.Equal(["The Daily Planet", "Al Jazeera", "Reuters"], brief.CitedOutletNames);
    }

    [Fact]
    public void PlainTextWithoutHeadingsIsOneSection()
    {
        var brief = parser.Parse("plain.txt", "Just a note. It has two sentences.");

        Assert.Equal([SectionHeadings.Body], brief.Sections);
        Assert.Equal(2, brief.Sentences.Count);
        Assert.Equal("Just a note.", brief.Title);
    }

    [Fact]
    public void MissingSectionsAreNoProblem()
    {
        var brief = parser.Parse("part.txt", "How we got here\nIt started long ago.\nMore on these topics\n-\nAtlantis is a country.");

        Assert.Equal([SectionHeadings.HowWeGotHere, SectionHeadings.MoreOnTheseTopics], brief.Sections);
        Assert.Equal(["Atlantis"], brief.Cards.Select(c => c.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("-\n-\n-")]
    [InlineData("What's happened\n\n\n")]
    [InlineData("\r\n\r\nA line.\r\nAnother line?\r\n")]
    public void OddTextGivesAParseNotAnError(string text)
    {
        var brief = parser.Parse("odd.txt", text);

        Assert.All(brief.Sentences, s => Assert.DoesNotContain('\0', s.Text));
    }

    [Fact]
    public void AVeryLongSentenceWithoutPunctuationIsOneSentence()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 12_500));

        var brief = parser.Parse("long.txt", text);

        Assert.Single(brief.Sentences);
        Assert.Equal(text.Length, brief.Sentences[0].End);
    }
}
