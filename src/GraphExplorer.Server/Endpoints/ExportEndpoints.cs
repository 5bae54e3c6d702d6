using GraphExplorer.Server.Errors;
using GraphExplorer.Server.Export;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Server.Endpoints;

/// <summary><c>/api/export</c>: the whole graph as a download.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export", Export).WithTags("Graph")
            .WithSummary("The whole graph as a download: format=graphml|json|cypher.");
        return app;
    }

    private static Results<PushStreamHttpResult, ProblemHttpResult> Export(string? format, IEnumerable<IGraphExporter> exporters,
        GraphSnapshotSource graph, CancellationToken cancellation)
    {
        var name = string.IsNullOrWhiteSpace(format) ? "json" : format;
        if (exporters.FirstOrDefault(e => string.Equals(e.Format, name, StringComparison.OrdinalIgnoreCase)) is not { } exporter)
            return ApiProblems.BadRequest($"Unknown export format '{name}': use graphml, json or cypher.");
        return TypedResults.Stream(stream => exporter.WriteAsync(stream, graph, cancellation), exporter.ContentType,
            "graphexplorer." + exporter.FileExtension);
    }
}
