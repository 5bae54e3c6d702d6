using System.Text;

namespace GraphExplorer.Importer.Input;

/// <summary>
/// Turns a file's bytes into the text of a brief, or rejects the file with a reason that names it:
/// empty, over the size limit, a known binary or document format, NUL bytes, invalid UTF-8, control
/// characters, or an HTML page. The text comes back with line ends as "\n" and without a byte-order mark.
/// </summary>
public static class BriefDecoder
{
    /// <summary>Share of control characters (other than tab, line and page breaks) above which a text is binary.</summary>
    private const double MaxControlShare = 0.01;

    public static string Decode(string file, ReadOnlySpan<byte> content, ImporterOptions options)
    {
        if (content.Length == 0) throw Reject(file, BriefRejectionKind.Empty, "the file is empty");
        CheckSize(file, content.Length, options);

        var format = FileSignatures.Recognise(content);
        if (format is not null)
            throw Reject(file, BriefRejectionKind.NotPlainText, $"the file is {format}, not a plain-text brief");

        var (encoding, skip) = TextEncodings.Detect(content);
        if (TextEncodings.IsUtf8(encoding) && content.IndexOf((byte)0) >= 0)
            throw Reject(file, BriefRejectionKind.Binary, "the file contains NUL bytes: it is binary data, not text");

        string text;
        try
        {
            text = encoding.GetString(content[skip..]);
        }
        catch (DecoderFallbackException error)
        {
            var offset = skip + Math.Max(0, error.Index);
            throw Reject(file, BriefRejectionKind.Binary,
                $"the file is not valid {encoding.WebName} text (invalid byte sequence near byte {offset})", error);
        }

        text = NormaliseLineEnds(text.TrimStart('\uFEFF'));
        if (text.AsSpan().Trim().IsEmpty) throw Reject(file, BriefRejectionKind.Empty, "the file holds only white space");
        if (ControlShare(text) > MaxControlShare)
            throw Reject(file, BriefRejectionKind.Binary, "the file is full of control characters: it is binary data, not text");
        if (MarkupDetection.IsMarkup(text))
            throw Reject(file, BriefRejectionKind.NotPlainText,
                "the file is an HTML/XML page, not a plain-text brief; save the brief's text as a .txt file");
        return text;
    }

    /// <summary>Rejects a file over <see cref="ImporterOptions.MaxBytes"/> (also before it is read, from its length on disk).</summary>
    public static void CheckSize(string file, long length, ImporterOptions options)
    {
        if (length > options.MaxBytes)
            throw Reject(file, BriefRejectionKind.TooLarge,
                $"the file is {length:N0} bytes, over the limit of {options.MaxBytes:N0} bytes");
    }

    private static string NormaliseLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static double ControlShare(string text)
    {
        var controls = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\t' or '\f' or '\v')) controls++;
        return (double)controls / text.Length;
    }

    private static BriefRejectedException Reject(string file, BriefRejectionKind kind, string reason, Exception? inner = null) =>
        new(file, kind, reason, inner);
}
