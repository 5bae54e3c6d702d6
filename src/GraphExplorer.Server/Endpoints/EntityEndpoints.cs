using GraphExplorer.Server.Entities;
using GraphExplorer.Server.Errors;
using GraphExplorer.Server.Json;
using GraphExplorer.Server.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Server.Endpoints;

/// <summary><c>/api/entities</c>: search, one entity, its neighbourhood.</summary>
public static class EntityEndpoints
{
    public static IEndpointRouteBuilder MapEntityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities").WithTags("Entities");
        group.MapGet("/", Search).WithSummary("Search entities by name and aliases (case- and accent-insensitive, prefix and fuzzy), ranked.");
        group.MapGet("/{key}", Get).WithSummary("One entity with its relationship counts and the briefs that mention it.");
        group.MapGet("/{key}/neighbours", Neighbours).WithSummary("The entities related to this one, capped and paged, with the total.");
        return app;
    }

    private static GraphOk<IReadOnlyList<EntityEntry>> Search(string? q, string? type, int? limit, EntityReads reads) =>
        GraphResults.Ok(reads.Search(q, type, limit));

    private static Results<GraphOk<EntityDetail>, ProblemHttpResult> Get(string key, EntityReads reads, CancellationToken cancellation)
    {
        if (reads.Detail(key, cancellation) is not { } detail) return UnknownEntity(key);
        return GraphResults.Ok(detail);
    }

    private static Results<GraphOk<Neighbourhood>, ProblemHttpResult> Neighbours(string key, [AsParameters] NeighbourFilter filter,
        EntityReads reads, CancellationToken cancellation)
    {
        if (reads.Neighbours(key, filter, cancellation) is not { } neighbourhood) return UnknownEntity(key);
        return GraphResults.Ok(neighbourhood);
    }

    private static ProblemHttpResult UnknownEntity(string key) => ApiProblems.NotFound($"There is no entity with key '{key}'.");
}
