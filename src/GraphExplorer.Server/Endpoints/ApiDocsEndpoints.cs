using System.Reflection;
using GraphExplorer.Server.Errors;

namespace GraphExplorer.Server.Endpoints;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>), the API reference page that renders it (<c>/api-docs</c>),
/// and a problem-details 404 for unknown <c>/api</c> paths so they never fall through to the browser app.
/// </summary>
public static class ApiDocsEndpoints
{
    private static readonly Lazy<byte[]> Page = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("api-docs.html")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IEndpointRouteBuilder MapApiDocsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapGet("/api-docs", () => TypedResults.Bytes(Page.Value, "text/html; charset=utf-8")).ExcludeFromDescription();
        app.Map("/api/{**path}", (string? path) => ApiProblems.NotFound($"There is no API endpoint /api/{path}.")).ExcludeFromDescription();
        return app;
    }
}
