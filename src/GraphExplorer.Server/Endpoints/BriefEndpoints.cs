using GraphExplorer.Server.Briefs;
using GraphExplorer.Server.Errors;
using GraphExplorer.Server.Json;
using GraphExplorer.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Server.Endpoints;

/// <summary><c>/api/briefs</c>: list, read and import briefs.</summary>
public static class BriefEndpoints
{
    public static IEndpointRouteBuilder MapBriefEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/briefs").WithTags("Briefs");
        group.MapGet("/", List).WithSummary("Every brief, newest first.");
        group.MapGet("/{key}", Get).WithSummary("One brief with its sentences and what was extracted from each.");
        group.MapPost("/", Import)
            .AddEndpointFilter<RequireApiKeyFilter>()
            .DescribesBody(("text/plain", RequestBodies.Text()), ("multipart/form-data", RequestBodies.FileForm()))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Import one brief (text/plain body, or multipart field 'file'; optional ?name= and ?publishedAt= (ISO 8601, also a form field)); answers with what was added.");
        group.MapPost("/batch", ImportBatch)
            .AddEndpointFilter<RequireApiKeyFilter>()
            .DescribesBody(("multipart/form-data", RequestBodies.FileForm()))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Import several briefs (one multipart file field each; optional publishedAt, ISO 8601, as a query parameter or form field, for all of them), sending importProgress on the hub after each; failing files are listed with why, the rest go on.");
        return app;
    }

    private static GraphOk<IReadOnlyList<BriefSummary>> List(BriefReads reads, CancellationToken cancellation) =>
        GraphResults.Ok(reads.List(cancellation));

    private static Results<GraphOk<BriefDetail>, ProblemHttpResult> Get(string key, BriefReads reads, CancellationToken cancellation)
    {
        if (reads.Detail(key, cancellation) is not { } detail) return ApiProblems.NotFound($"There is no brief with key '{key}'.");
        return GraphResults.Ok(detail);
    }

    private static async Task<GraphCreated<BriefImportAnswer>> Import(HttpRequest request, string? name, string? publishedAt,
        BriefUploadReader reader, BriefImports imports, CancellationToken cancellation)
    {
        var upload = await reader.ReadAsync(request, name, publishedAt, cancellation);
        return GraphResults.Created(BriefImportAnswer.From(await imports.ImportAsync(upload, cancellation)));
    }

    private static async Task<GraphOk<BatchImportAnswer>> ImportBatch(HttpRequest request, string? publishedAt, BriefUploadReader reader,
        BriefImports imports, CancellationToken cancellation)
    {
        var uploads = await reader.ReadBatchAsync(request, publishedAt, cancellation);
        return GraphResults.Ok(BatchImportAnswer.From(await imports.ImportUploadsAsync(uploads, cancellation)));
    }
}
