using GraphExplorer.Server.Errors;
using GraphExplorer.Server.Json;
using GraphExplorer.Server.Paths;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Server.Endpoints;

/// <summary><c>/api/paths</c>: the k shortest paths between two entities.</summary>
public static class PathEndpoints
{
    public static IEndpointRouteBuilder MapPathEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/paths", Find).WithTags("Paths")
            .WithSummary("The k shortest paths (at most maxHops relations, either direction) between two entities, shortest first.");
        return app;
    }

    private static Results<GraphOk<PathAnswer>, ProblemHttpResult> Find([AsParameters] PathQuery query, PathReads reads,
        CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(query.From) || string.IsNullOrWhiteSpace(query.To))
            return ApiProblems.BadRequest("Both 'from' and 'to' entity keys are needed.");
        if (reads.Find(query.From, query.To, query.MaxHops, query.K, cancellation) is not { } answer)
            return ApiProblems.NotFound($"There is no entity with key '{query.From}' or '{query.To}'.");
        return GraphResults.Ok(answer);
    }
}
