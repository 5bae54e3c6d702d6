using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Tests.Parsing;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("Published 15 July 2025", "2025-07-15T00:00:00Z")]
    [InlineData("Published: 15th July 2025", "2025-07-15T00:00:00Z")]
    [InlineData("First published on 3 Jan 2024", "2024-01-03T00:00:00Z")]
    [InlineData("15 July 2025", "2025-07-15T00:00:00Z")]
    [InlineData("  Tuesday, 15 July 2025  ", "2025-07-15T00:00:00Z")]
    [InlineData("July 15, 2025", "2025-07-15T00:00:00Z")]
    [InlineData("Sept. 2, 2025", "2025-09-02T00:00:00Z")]
    [InlineData("Wed, February 29th 2024", "2024-02-29T00:00:00Z")]
    [InlineData("2025-07-15", "2025-07-15T00:00:00Z")]
    [InlineData("Date: 2025-07-15", "2025-07-15T00:00:00Z")]
    [InlineData("Posted 15/07/2025", "2025-07-15T00:00:00Z")]
    [InlineData("07/15/2025", "2025-07-15T00:00:00Z")]
    [InlineData("05.05.2025", "2025-05-05T00:00:00Z")]
    [InlineData("2025-07-15T09:30:00Z", "2025-07-15T09:30:00Z")]
    [InlineData("2025-07-15T11:30+02:00", "2025-07-15T09:30:00Z")]
    [InlineData("Published 15 July 2025, 09:30 GMT", "2025-07-15T09:30:00Z")]
    [InlineData("July 15, 2025 at 4:05 pm UTC", "2025-07-15T16:05:00Z")]
    [InlineData("15 July 2025 - 12:00 am UTC", "2025-07-15T00:00:00Z")]
    [InlineData("15 July 2025 23:30 -05:00", "2025-07-16T04:30:00Z")]
    [InlineData("15 July 2025 09:30 BST", "2025-07-15T00:00:00Z")]
    [InlineData("15 July 2025 09:30", "2025-07-15T00:00:00Z")]
    public void ReadsTheDateOfADatelineInCommonFormats(string line, string expected)
    {
        Assert.True(Dateline.TryRead(line, out var dateline));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), dateline.Date);
        Assert.Equal(TimeSpan.Zero, dateline.Date!.Value.Offset);
        Assert.False(dateline.IsUpdate);
    }

    [Theory]
    [InlineData("Updated: 2025-07-16", "2025-07-16")]
    [InlineData("Last updated 16 July 2025", "2025-07-16")]
    public void UpdateLinesAreMarked(string line, string expected)
    {
        Assert.True(Dateline.TryRead(line, out var dateline));
        Assert.True(dateline.IsUpdate);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime(dateline.Date!.Value.UtcDateTime));
    }

    [Fact]
    public void ANumericDateWhoseDayAndMonthCannotBeToldApartIsADatelineWithoutADate()
    {
        Assert.True(Dateline.TryRead("Published 03/04/2025", out var dateline));
        Assert.Null(dateline.Date);
    }

    [Theory]
    [InlineData("The duties took effect on October 30.")]
    [InlineData("Since June 27, 2025 the border has been closed.")]
    [InlineData("Talks resumed on 15 July 2025 in Geneva.")]
    [InlineData("July 2025")]
    [InlineData("Published in July")]
    [InlineData("31 February 2025")]
    [InlineData("2025-13-01")]
    [InlineData("15/17/2025")]
    [InlineData("15 July 2025 25:00 UTC")]
    [InlineData("9999-12-31T23:59:00-14:00")]
    [InlineData("1066-10-14")]
    [InlineData("\u0661\u0665 July \u0662\u0660\u0662\u0665")]
    [InlineData("What's happened")]
    [InlineData("1,000 people fled")]
    [InlineData("2025")]
    [InlineData("")]
    public void ProseAndHalfDatesAreNotDatelines(string line)
    {
        Assert.False(Dateline.TryRead(line, out _));
    }

    [Fact]
    public void NoMixOfDatePiecesThrows()
    {
        string[] pieces = ["Published", "Updated:", "on", "Tuesday,", "15", "31", "29", "00", "99", "July", "Feb.", "sept", "2025", "9999",
            "1899", "-", "/", ".", ":", ",", "at", "T", "12:00", "24:61", "0:00", "pm", "a.m.", "UTC", "Z", "+14:00", "-23:59", "+99:99", "BST",
            "2025-07-15", "2025-02-29T23:59:59.9999999-14:00", "13/13/2025", "\u0661", " "];
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var line = string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 7)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (Dateline.TryRead(line, out var dateline) && dateline.Date is { } date)
            {
                Assert.Equal(TimeSpan.Zero, date.Offset);
                Assert.InRange(date.Year, 1899, 3000);
            }
        }
    }
}
