using System.Globalization;

namespace GraphExplorer.Importer;

/// <summary>
/// Reads the publication time a caller gives with a brief (the CLI's --published-at, the API's publishedAt):
/// ISO 8601, either a date (taken as midnight UTC) or a date and time with its offset. A time without an offset
/// is refused: which instant it means depends on a zone nobody stated.
/// </summary>
public static class PublishedAt
{
    /// <summary>What a valid value looks like, for error messages.</summary>
    public const string Expected = "an ISO 8601 date (2025-07-15) or date and time with an offset (2025-07-15T09:30:00Z, 2025-07-15T11:30:00+02:00)";

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
