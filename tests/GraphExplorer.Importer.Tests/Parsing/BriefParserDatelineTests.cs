using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Tests.Parsing;

public sealed class BriefParserDatelineTests
{
    private const string Body = """
        What's happened
        Ruritania has closed its border since June 27, 2025. Trade has stopped.
        How we got here
        The dispute began in 2020.
        """;

    private readonly BriefParser parser = new();

    [Fact]
    public void ADatelineAtTheTopGivesThePublicationDateAndIsNotASentence()
    {
        var brief = parser.Parse("r.txt", "Published 15 July 2025\n" + Body);

        Assert.Equal(new DateTimeOffset(2025, 7, 15, 0, 0, 0, TimeSpan.Zero), brief.PublishedAt);
        Assert.Equal(parser.Parse("r.txt", Body).Sentences.Select(s => s.Text), brief.Sentences.Select(s => s.Text));
        Assert.DoesNotContain(brief.Sentences, s => s.Text.Contains("2025-07") || s.Text.Contains("July 2025"));
        Assert.Equal("Ruritania has closed its border since June 27, 2025.", brief.Title);
    }

    [Fact]
    public void SentenceOffsetsStillPointIntoTheText()
    {
        var text = "July 15, 2025\r\n" + Body;
        var brief = parser.Parse("r.txt", text);

        Assert.All(brief.Sentences, s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }

    [Fact]
    public void ADatelineUnderATitleLineStillCounts()
    {
        var brief = parser.Parse("r.txt", "Ruritania closes its border\nUpdated: 2025-07-16\n" + Body);

        Assert.Equal(new DateTimeOffset(2025, 7, 16, 0, 0, 0, TimeSpan.Zero), brief.PublishedAt);
        Assert.Equal("Ruritania closes its border", brief.Title);
    }

    [Fact]
    public void APublishedLineWinsOverAnUpdatedOne()
    {
        var brief = parser.Parse("r.txt", "Updated 20 July 2025\nPublished 15 July 2025\n" + Body);

        Assert.Equal(new DateTimeOffset(2025, 7, 15, 0, 0, 0, TimeSpan.Zero), brief.PublishedAt);
    }

    [Fact]
    public void DatesInTheProseAreNeverThePublicationDate()
    {
        var brief = parser.Parse("r.txt", Body);

        Assert.Null(brief.PublishedAt);
    }

    [Fact]
    public void ADateLineFarBelowTheTopIsProse()
    {
        var text = Body + "More\nLines\nOf\nText\n15 July 2025\n";
        var brief = parser.Parse("r.txt", text);

        Assert.Null(brief.PublishedAt);
        Assert.Contains(brief.Sentences, s => s.Text == "15 July 2025");
    }
}
