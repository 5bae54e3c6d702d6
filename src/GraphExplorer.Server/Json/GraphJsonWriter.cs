using Microsoft.AspNetCore.WebUtilities;
using Newtonsoft.Json;

namespace GraphExplorer.Server.Json;

/// <summary>Writes a value as the response body with <see cref="GraphJson"/>.</summary>
public static class GraphJsonWriter
{
    public const string ContentType = "application/json; charset=utf-8";

    public static async Task WriteAsync(HttpContext context, object? value, int statusCode)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        // Newtonsoft writes synchronously and Kestrel forbids synchronous body writes: buffer (spilling to disk
        // for large answers such as exports), then copy asynchronously.
        await using var buffer = new FileBufferingWriteStream();
        await using (var writer = new StreamWriter(buffer, leaveOpen: true))
        using (var json = new JsonTextWriter(writer) { CloseOutput = false })
        {
            GraphJson.Serializer.Serialize(json, value);
        }
        await buffer.DrainBufferAsync(response.Body, context.RequestAborted);
    }
}
