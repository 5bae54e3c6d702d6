namespace GraphExplorer.Importer.Input;

/// <summary>The opening bytes of document and binary formats people are likely to drop in by mistake.</summary>
internal static class FileSignatures
{
    private static readonly (byte[] Magic, string Format)[] Known =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a Word/OpenDocument file)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Microsoft Office document"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF)"),
        ("MZ"u8.ToArray(), "a Windows executable"),
    ];

    /// <summary>The format's name when <paramref name="content"/> opens like one of the known formats.</summary>
    public static string? Recognise(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, format) in Known)
            if (content.StartsWith(magic)) return format;
        return null;
    }
}
