namespace GraphExplorer.Importer.Parsing;

/// <summary>The section headings of the brief layout (GOLD-FORMAT.md), recognised whatever the apostrophe or case.</summary>
public static class SectionHeadings
{
    public const string WhatsHappened = "What's happened";
    public const string BehindTheHeadline = "What's behind the headline?";
    public const string PapersSay = "What the papers say";
    public const string HowWeGotHere = "How we got here";
    public const string GoDeeper = "Go deeper";
    public const string MoreOnTheseTopics = "More on these topics";
    public const string CommonQuestion = "Common question";

    /// <summary>The section used for text that comes before any heading, or for a file with no headings.</summary>
    public const string Body = "Body";

    private static readonly string[] All =
        [WhatsHappened, BehindTheHeadline, PapersSay, HowWeGotHere, GoDeeper, MoreOnTheseTopics, CommonQuestion];

    /// <summary>The canonical heading a line stands for, or null when the line is prose.</summary>
    public static string? Match(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length == 0 || line.Length > 40)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[line.Length];
        for (var i = 0; i < line.Length; i++)
        {
            buffer[i] = line[i] is '\u2019' or '\u2018' ? '\'' : line[i];
        }

        ReadOnlySpan<char> normal = buffer.TrimEnd(':');
        foreach (var heading in All)
        {
            if (normal.Equals(heading, StringComparison.OrdinalIgnoreCase)
                || normal.Equals(heading.TrimEnd('?'), StringComparison.OrdinalIgnoreCase))
            {
                return heading;
            }
        }

        return null;
    }
}
