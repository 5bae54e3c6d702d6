using GraphExplorer.Server.Errors;
using GraphExplorer.Server.Json;
using GraphExplorer.Server.Relationships;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Server.Endpoints;

/// <summary><c>/api/relationships</c>: the evidence behind a relationship.</summary>
public static class RelationshipEndpoints
{
    public static IEndpointRouteBuilder MapRelationshipEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/relationships").WithTags("Relationships")
            .MapGet("/{id}/evidence", Evidence)
            .WithSummary("Every brief, sentence (with character offsets) and outlet behind a relationship; id is its element id.");
        return app;
    }

    private static Results<GraphOk<RelationshipEvidence>, ProblemHttpResult> Evidence(string id, RelationshipReads reads,
        CancellationToken cancellation)
    {
        if (reads.Evidence(id, cancellation) is not { } evidence) return ApiProblems.NotFound($"There is no relationship with id '{id}'.");
        return GraphResults.Ok(evidence);
    }
}
