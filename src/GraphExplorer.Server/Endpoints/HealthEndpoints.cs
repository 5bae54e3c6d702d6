using GraphExplorer.Server.Json;

namespace GraphExplorer.Server.Endpoints;

/// <summary><c>/healthz</c>: answers once the database is open and the seeds are in.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => GraphResults.Ok(new HealthStatus("ok"))).WithTags("Health").ExcludeFromDescription();
        return app;
    }

    private sealed record HealthStatus(string Status);
}
