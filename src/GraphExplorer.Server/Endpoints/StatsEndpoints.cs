using GraphExplorer.Server.Json;
using GraphExplorer.Server.Stats;

namespace GraphExplorer.Server.Endpoints;

/// <summary><c>/api/stats</c> and <c>/api/schema</c>: what the graph holds.</summary>
public static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Graph");
        group.MapGet("/stats", Stats).WithSummary("Counts of nodes, relationships, briefs, entities, per label and per relationship type.");
        group.MapGet("/schema", Schema).WithSummary("Labels, relationship types and property keys in use.");
        return app;
    }

    private static GraphOk<GraphStats> Stats(StatsReads reads, CancellationToken cancellation) => GraphResults.Ok(reads.Stats(cancellation));

    private static GraphOk<GraphSchema> Schema(StatsReads reads, CancellationToken cancellation) => GraphResults.Ok(reads.Schema(cancellation));
}
