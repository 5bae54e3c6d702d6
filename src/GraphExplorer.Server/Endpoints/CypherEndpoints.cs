using GraphExplorer.Graph;
using GraphExplorer.Server.Cypher;
using GraphExplorer.Server.Errors;
using GraphExplorer.Server.Json;
using GraphExplorer.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Server.Endpoints;

/// <summary><c>/api/cypher</c>: the researchers' console, read-only unless the request carries the admin key.</summary>
public static class CypherEndpoints
{
    public const string RateLimitPolicy = "cypher";

    public static IEndpointRouteBuilder MapCypherEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cypher", Run).WithTags("Cypher")
            .RequireRateLimiting(RateLimitPolicy)
            .DescribesBody(("application/json", RequestBodies.CypherBody()))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Run {query, parameters}: columns, rows, the graph found in them, stats; capped in time and rows.");
        return app;
    }

    private static async Task<Results<GraphOk<CypherAnswer>, ProblemHttpResult>> Run(CypherRequest body, HttpRequest request,
        ApiKeys keys, CypherConsole console, CancellationToken cancellation)
    {
        var admin = keys.Admin(request);
        if (admin == AdminAccess.Refused) return ApiProblems.Forbidden("The admin key is not accepted.");
        if (admin == AdminAccess.Granted && !keys.MayWrite(request)) return ApiProblems.Unauthorized();
        var mode = admin == AdminAccess.Granted ? AccessMode.Write : AccessMode.Read;
        return GraphResults.Ok(await console.RunAsync(body, mode, cancellation));
    }
}
