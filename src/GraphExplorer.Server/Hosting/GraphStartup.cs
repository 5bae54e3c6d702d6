using GraphExplorer.Server.Briefs;
using GraphExplorer.Server.Graph;
using GraphExplorer.Server.Options;
using GraphExplorer.Server.Queries;
using GraphExplorer.Server.Search;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Hosting;

/// <summary>
/// Readies the graph before the server takes requests: the schema, the seed briefs when the database is empty
/// (a first start), and the search index.
/// </summary>
public sealed class GraphStartup(BriefImports imports, GraphQueries queries, SearchIndexLoader searchIndex,
    IOptions<GraphExplorerOptions> options, ILogger<GraphStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Task.Run(() => imports.CreateImporter().EnsureSchema(), cancellationToken);
        if (IsEmpty(cancellationToken)) await ImportSeedsAsync(cancellationToken);
        await Task.Run(() => searchIndex.LoadAll(cancellationToken), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private bool IsEmpty(CancellationToken cancellation) =>
        queries.Rows("node-count", cancellation: cancellation).Select(row => GraphValues.Long(row[0])).FirstOrDefault() == 0;

    private async Task ImportSeedsAsync(CancellationToken cancellation)
    {
        var seeds = ServerPaths.Seeds(options.Value.SeedsDirectory);
        if (seeds is null || !Directory.Exists(seeds))
        {
            logger.LogWarning("The database is empty and no seeds folder was found ({Seeds}); starting with an empty graph", seeds ?? "none");
            return;
        }
        var batch = await imports.ImportFolderAsync(seeds, cancellation);
        logger.LogInformation("Imported {Imported} seed briefs from {Seeds} ({Failed} failed): {Entities} entities, {Relationships} relationships",
            batch.Imported, seeds, batch.Failed, batch.EntitiesAdded, batch.RelationshipsAdded);
    }
}
