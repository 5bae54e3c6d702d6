using GraphExplorer.Cypher;
using GraphExplorer.Graph;
using GraphExplorer.Server.Briefs;
using GraphExplorer.Server.Cypher;
using GraphExplorer.Server.Entities;
using GraphExplorer.Server.Export;
using GraphExplorer.Server.Hubs;
using GraphExplorer.Server.Json;
using GraphExplorer.Server.Options;
using GraphExplorer.Server.Paths;
using GraphExplorer.Server.Queries;
using GraphExplorer.Server.Relationships;
using GraphExplorer.Server.Search;
using GraphExplorer.Server.Stats;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Hosting;

/// <summary>Registrations of the graph side of the server: the database, the reads, imports and live updates.</summary>
public static class GraphServices
{
    public static IServiceCollection AddGraphExplorerOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphExplorerOptions>(configuration.GetSection(GraphExplorerOptions.Section));
        services.Configure<CypherOptions>(configuration.GetSection(CypherOptions.Section));
        return services;
    }

    /// <summary>The embedded database in <c>GraphExplorer:DataDirectory</c>, opened once and closed with the server.</summary>
    public static IServiceCollection AddGraphDatabase(this IServiceCollection services)
    {
        services.AddSingleton<IGraphDatabase>(provider =>
        {
            var directory = Path.GetFullPath(provider.GetRequiredService<IOptions<GraphExplorerOptions>>().Value.DataDirectory);
            Directory.CreateDirectory(directory);
            return EmbeddedDatabase.Open(directory);
        });
        services.AddHostedService<GraphStartup>();
        return services;
    }

    public static IServiceCollection AddGraphReads(this IServiceCollection services)
    {
        services.AddSingleton<GraphQueries>();
        services.AddSingleton<EntitySearchIndex>();
        services.AddSingleton<SearchIndexLoader>();
        services.AddSingleton<EntityReads>();
        services.AddSingleton<RelationshipReads>();
        services.AddSingleton<PathReads>();
        services.AddSingleton<BriefReads>();
        services.AddSingleton<StatsReads>();
        services.AddSingleton<GraphSnapshotSource>();
        services.AddSingleton<IGraphExporter, JsonExporter>();
        services.AddSingleton<IGraphExporter, GraphMlExporter>();
        services.AddSingleton<IGraphExporter, CypherScriptExporter>();
        services.AddSingleton<CypherConsole>();
        return services;
    }

    public static IServiceCollection AddBriefImports(this IServiceCollection services)
    {
        services.AddSingleton<BriefUploadReader>();
        services.AddSingleton<BriefImports>();
        return services;
    }

    /// <summary>SignalR with the same JSON as the HTTP answers.</summary>
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services)
    {
        services.AddSignalR().AddNewtonsoftJsonProtocol(protocol => GraphJson.Configure(protocol.PayloadSerializerSettings));
        services.AddSingleton<EntitySubscriptions>();
        services.AddSingleton<GraphNotifier>();
        return services;
    }
}
