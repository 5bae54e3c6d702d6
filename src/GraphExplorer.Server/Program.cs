using GraphExplorer.Server.Endpoints;
using GraphExplorer.Server.Hosting;
using GraphExplorer.Server.Hubs;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = ServerPaths.WebRoot(Directory.GetCurrentDirectory()),
});
builder.ConfigureHosting();
builder.Services
    .AddGraphExplorerOptions(builder.Configuration)
    .AddGraphDatabase()
    .AddGraphReads()
    .AddBriefImports()
    .AddLiveUpdates()
    .AddApiProtection()
    .AddApiErrors()
    .AddOpenApi(openApi => openApi.AddSchemaTransformer<GraphValueSchemas>());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseRateLimiter();
app.UseDefaultFiles();
app.UseStaticFiles(WebAppFiles.Options);

app.MapEntityEndpoints();
app.MapRelationshipEndpoints();
app.MapPathEndpoints();
app.MapBriefEndpoints();
app.MapCypherEndpoints();
app.MapStatsEndpoints();
app.MapExportEndpoints();
app.MapHealthEndpoints();
app.MapApiDocsEndpoints();
app.MapHub<GraphHub>(GraphHub.Path);
app.MapFallbackToFile("index.html");

app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
