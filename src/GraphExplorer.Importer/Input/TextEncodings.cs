using System.Text;

namespace GraphExplorer.Importer.Input;

/// <summary>
/// Finds the encoding of a text file: a byte-order mark names it (UTF-8, UTF-16, UTF-32); without one,
/// a file whose every other byte is NUL is UTF-16 (as some Windows editors save), anything else must be UTF-8.
/// All decoders are strict: an invalid sequence throws instead of becoming U+FFFD.
/// </summary>
internal static class TextEncodings
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    /// <summary>The encoding and the length of the byte-order mark to skip.</summary>
    public static (Encoding Encoding, int Skip) Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (Utf32LittleEndian, 4);
        if (content.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return (Utf32BigEndian, 4);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Utf8, 3);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Utf16LittleEndian, 2);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Utf16BigEndian, 2);
        if (LooksLikeUtf16(content, nulAtOdd: true)) return (Utf16LittleEndian, 0);
        if (LooksLikeUtf16(content, nulAtOdd: false)) return (Utf16BigEndian, 0);
        return (Utf8, 0);
    }

    public static bool IsUtf8(Encoding encoding) => ReferenceEquals(encoding, Utf8);

    /// <summary>Mostly-ASCII UTF-16 without a mark: nearly all bytes on one parity are NUL and almost none on the other.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> content, bool nulAtOdd)
    {
        if (content.Length < 4 || content.Length % 2 != 0) return false;
        int nulHigh = 0, nulLow = 0;
        for (var i = 0; i < content.Length; i += 2)
        {
            var (high, low) = nulAtOdd ? (content[i + 1], content[i]) : (content[i], content[i + 1]);
            if (high == 0) nulHigh++;
            if (low == 0) nulLow++;
        }
        var pairs = content.Length / 2;
        return nulHigh >= pairs * 0.9 && nulLow <= pairs * 0.01;
    }
}
