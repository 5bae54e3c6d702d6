using System.Text;
using GraphExplorer.Importer.Input;

namespace GraphExplorer.Importer.Tests.Input;

public sealed class BriefDecoderTests
{
    private const string Brief = "What's happened\nCambodia's Prime Minister Hun Manet ordered a crackdown.\n";
    private static readonly ImporterOptions Options = new();

    private static BriefRejectedException Rejected(byte[] content, ImporterOptions? options = null) =>
        Assert.Throws<BriefRejectedException>(() => BriefDecoder.Decode("bad.txt", content, options ?? Options));

    [Fact]
    public void EmptyFileIsRejectedByName()
    {
        var error = Rejected([]);
        Assert.Equal(BriefRejectionKind.Empty, error.Kind);
        Assert.StartsWith("bad.txt: ", error.Message);
    }

    [Fact]
    public void WhiteSpaceOnlyFileIsEmpty() =>
        Assert.Equal(BriefRejectionKind.Empty, Rejected("  \n\t\r\n "u8.ToArray()).Kind);

    [Fact]
    public void FileOverTheLimitIsRejectedWithTheLimit()
    {
        var error = Rejected(Encoding.UTF8.GetBytes(new string('a', 2000)), new ImporterOptions { MaxBytes = 1000 });
        Assert.Equal(BriefRejectionKind.TooLarge, error.Kind);
        Assert.Contains("1,000", error.Reason);
    }

    [Fact]
    public void TenMegabyteFileIsOverTheDefaultLimit()
    {
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Brief, 10 * 1024 * 1024 / Brief.Length + 1)));
        Assert.Equal(BriefRejectionKind.TooLarge, Rejected(content).Kind);
    }

    [Fact]
    public void RandomBytesAreBinary()
    {
        var content = new byte[64 * 1024];
        new Random(42).NextBytes(content);
        content[0] = (byte)'x';
        Assert.Equal(BriefRejectionKind.Binary, Rejected(content).Kind);
    }

    [Fact]
    public void InvalidUtf8WithoutNulBytesIsBinary()
    {
        var content = Encoding.UTF8.GetBytes(Brief).Concat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1 }).ToArray();
        var error = Rejected(content);
        Assert.Equal(BriefRejectionKind.Binary, error.Kind);
        Assert.Contains("utf-8", error.Reason);
    }

    [Fact]
    public void PdfIsRejectedAsAPdf()
    {
        var error = Rejected("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8.ToArray());
        Assert.Equal(BriefRejectionKind.NotPlainText, error.Kind);
        Assert.Contains("PDF", error.Reason);
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><head><title>Brief</title></head><body><p>Cambodia</p></body></html>")]
    [InlineData("\n  <html lang=\"en\"><body>What's happened</body></html>")]
    [InlineData("<div class=\"brief\"><p>What's happened</p></div>")]
    public void HtmlPageIsRejectedWithAHint(string page)
    {
        var error = Rejected(Encoding.UTF8.GetBytes(page));
        Assert.Equal(BriefRejectionKind.NotPlainText, error.Kind);
        Assert.Contains(".txt", error.Reason);
    }

    [Fact]
    public void TextMentioningTagsIsNotHtml() =>
        Assert.Equal("The <p> tag opens a paragraph.", BriefDecoder.Decode("ok.txt", "The <p> tag opens a paragraph."u8, Options));

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void TextWithAByteOrderMarkIsDecoded(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var content = encoding.GetPreamble().Concat(encoding.GetBytes(Brief)).ToArray();
        Assert.Equal(Brief, BriefDecoder.Decode("utf16.txt", content, Options));
    }

    [Fact]
    public void Utf16WithoutAByteOrderMarkIsDecoded() =>
        Assert.Equal(Brief, BriefDecoder.Decode("utf16.txt", Encoding.Unicode.GetBytes(Brief), Options));

    [Fact]
    public void Utf8ByteOrderMarkAndCarriageReturnsAreDropped()
    {
        var content = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Brief.Replace("\n", "\r\n"))).ToArray();
        Assert.Equal(Brief, BriefDecoder.Decode("crlf.txt", content, Options));
    }

    [Fact]
    public void CurlyQuotesAndAccentsSurvive()
    {
        const string text = "The government’s “directive” reached Phnom Penh and São Paulo.";
        Assert.Equal(text, BriefDecoder.Decode("ok.txt", Encoding.UTF8.GetBytes(text), Options));
    }

    [Fact]
    public void TextFullOfControlCharactersIsBinary()
    {
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("ab\u0001\u0002", 100)));
        Assert.Equal(BriefRejectionKind.Binary, Rejected(content).Kind);
    }
}
