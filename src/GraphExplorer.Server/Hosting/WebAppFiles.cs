using Microsoft.AspNetCore.StaticFiles;

namespace GraphExplorer.Server.Hosting;

/// <summary>How the browser app's files are served.</summary>
public static class WebAppFiles
{
    /// <summary>
    /// The app's files keep their names from build to build, so browsers must ask again each time
    /// (a 304 when unchanged, by ETag) rather than guess a freshness and run last version's script.
    /// </summary>
    public static readonly StaticFileOptions Options = new()
    {
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
    };
}
