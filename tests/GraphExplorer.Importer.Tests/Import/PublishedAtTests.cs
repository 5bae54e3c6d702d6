namespace GraphExplorer.Importer.Tests.Import;

public sealed class PublishedAtTests
{
    [Theory]
    [InlineData("2025-07-15", "2025-07-15T00:00:00Z")]
    [InlineData("2025-07-15T09:30Z", "2025-07-15T09:30:00Z")]
    [InlineData("2025-07-15T09:30:15Z", "2025-07-15T09:30:15Z")]
    [InlineData("2025-07-15T09:30:15.250Z", "2025-07-15T09:30:15.25Z")]
    [InlineData("2025-07-15T11:30:00+02:00", "2025-07-15T09:30:00Z")]
    [InlineData(" 2025-07-14T23:00-05:00 ", "2025-07-15T04:00:00Z")]
    public void ReadsIsoDatesAndTimesWithAnOffsetAsUtc(string text, string expected)
    {
        Assert.True(PublishedAt.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("15 July 2025")]
    [InlineData("2025-02-30")]
    [InlineData("2025-07-15T09:30:00")]
    [InlineData("2025-07-15T25:00:00Z")]
    [InlineData("07/15/2025")]
    [InlineData("9999-12-31T23:00:00-05:00")]
    [InlineData("\u0662\u0660\u0662\u0665-07-15")]
    public void RefusesAnythingElse(string? text)
    {
        Assert.False(PublishedAt.TryParse(text, out _));
    }
}
