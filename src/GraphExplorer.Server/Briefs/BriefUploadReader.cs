using GraphExplorer.Importer;
using GraphExplorer.Server.Options;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Briefs;

/// <summary>
/// Reads the brief of <c>POST /api/briefs</c>: the body itself (text/plain), or the <c>file</c> field of a
/// multipart form; and the briefs of <c>POST /api/briefs/batch</c>: every file of a multipart form.
/// Never reads more than the size limit: a larger brief is a 413. The optional publication time comes from the
/// <c>publishedAt</c> query parameter or, in a multipart form, the field of that name; a value that is not ISO 8601
/// is a 400 before anything is imported.
/// </summary>
public sealed class BriefUploadReader(IOptions<GraphExplorerOptions> options)
{
    private const string DefaultFileName = "brief.txt";
    private const int MultipartOverhead = 16 * 1024;
    private const string PublishedAtField = "publishedAt";

    /// <summary>A batch may carry this many briefs' worth of bytes; each brief is still held to the single limit.</summary>
    public const int MaxBatchFiles = 20;

    private readonly long _maxBytes = options.Value.MaxBriefBytes;

    public async Task<BriefUpload> ReadAsync(HttpRequest request, string? name, string? publishedAt, CancellationToken cancellation)
    {
        var published = PublicationTime(publishedAt);
        if (request.ContentLength > _maxBytes + (request.HasFormContentType ? MultipartOverhead : 0)) throw TooLarge();
        return request.HasFormContentType
            ? await ReadFormAsync(request, name, published, cancellation)
            : await ReadBodyAsync(request, name, published, cancellation);
    }

    public async Task<IReadOnlyList<BriefUpload>> ReadBatchAsync(HttpRequest request, string? publishedAt, CancellationToken cancellation)
    {
        var published = PublicationTime(publishedAt);
        if (!request.HasFormContentType)
            throw new BadHttpRequestException("A batch of briefs is a multipart form with one file field per brief.", StatusCodes.Status400BadRequest);
        var limit = MaxBatchFiles * (_maxBytes + MultipartOverhead);
        // Kestrel's own limit is sized for one brief; this endpoint raises it for its request alone.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = limit;
        var form = await ReadFormAsync(request, limit, cancellation);
        if (form.Files.Count == 0) throw new BadHttpRequestException("The multipart form has no files.", StatusCodes.Status400BadRequest);
        if (form.Files.Count > MaxBatchFiles)
            throw new BadHttpRequestException($"A batch holds at most {MaxBatchFiles} briefs.", StatusCodes.Status400BadRequest);
        published ??= PublicationTime(form);
        var uploads = new List<BriefUpload>(form.Files.Count);
        foreach (var file in form.Files)
        {
            if (file.Length > _maxBytes) throw TooLarge(file.FileName);
            await using var stream = file.OpenReadStream();
            uploads.Add(new BriefUpload(FileName(file.FileName), await ReadLimitedAsync(stream, cancellation), published));
        }
        return uploads;
    }

    private async Task<BriefUpload> ReadBodyAsync(HttpRequest request, string? name, DateTimeOffset? published, CancellationToken cancellation)
    {
        var content = await ReadLimitedAsync(request.Body, cancellation);
        return new BriefUpload(FileName(name), content, published);
    }

    private async Task<BriefUpload> ReadFormAsync(HttpRequest request, string? name, DateTimeOffset? published, CancellationToken cancellation)
    {
        var form = await ReadFormAsync(request, _maxBytes + MultipartOverhead, cancellation);
        var file = form.Files.GetFile("file")
            ?? throw new BadHttpRequestException("The multipart form has no 'file' field.", StatusCodes.Status400BadRequest);
        if (file.Length > _maxBytes) throw TooLarge();
        published ??= PublicationTime(form);
        await using var stream = file.OpenReadStream();
        return new BriefUpload(FileName(name ?? file.FileName), await ReadLimitedAsync(stream, cancellation), published);
    }

    private static DateTimeOffset? PublicationTime(IFormCollection form) =>
        form.TryGetValue(PublishedAtField, out var values) ? PublicationTime(values.ToString()) : null;

    /// <summary>Null when not given; an empty value counts as not given, so a form's blank date field is no error.</summary>
    private static DateTimeOffset? PublicationTime(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (PublishedAt.TryParse(value, out var published)) return published;
        throw new BadHttpRequestException($"{PublishedAtField}: '{value}' is not {PublishedAt.Expected}.", StatusCodes.Status400BadRequest);
    }

    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request, long limit, CancellationToken cancellation)
    {
        if (request.ContentLength > limit) throw new BadHttpRequestException(
            $"The request is larger than the limit of {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        try
        {
            return await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, cancellation);
        }
        catch (InvalidDataException error)
        {
            throw new BadHttpRequestException($"The multipart body could not be read: {error.Message}", StatusCodes.Status400BadRequest);
        }
    }

    private async Task<byte[]> ReadLimitedAsync(Stream body, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > _maxBytes) throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private BadHttpRequestException TooLarge(string? file = null) =>
        new($"The brief{(file is null ? "" : $" '{FileName(file)}'")} is larger than the limit of {_maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>Only the file's own name is kept: a client cannot make the server look at a path.</summary>
    private static string FileName(string? name)
    {
        var fileName = Path.GetFileName((name ?? "").Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(fileName) ? DefaultFileName : fileName;
    }
}
