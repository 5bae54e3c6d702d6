using GraphExplorer.Server.Options;

namespace GraphExplorer.Server.Hosting;

/// <summary>
/// The host around the API: listens on localhost:5000 unless <c>urls</c> (or Kestrel endpoints) are configured,
/// with a request body limit, and quiet framework logging.
/// </summary>
public static class ServerHosting
{
    public const string DefaultUrl = "http://localhost:5000";

    public static WebApplicationBuilder ConfigureHosting(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
            builder.WebHost.UseUrls(DefaultUrl);
        var options = builder.Configuration.GetSection(GraphExplorerOptions.Section).Get<GraphExplorerOptions>() ?? new();
        var cypher = builder.Configuration.GetSection(CypherOptions.Section).Get<CypherOptions>() ?? new();
        // The endpoints check their own, exact limits; this one stops anything far larger at the door.
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Limits.MaxRequestBodySize = Math.Max(options.MaxBriefBytes, cypher.MaxQueryBytes) + 64 * 1024);
        return builder;
    }
}
