namespace GraphExplorer.Server.Options;

/// <summary>The server's settings, bound from the <c>GraphExplorer</c> configuration section.</summary>
public sealed class GraphExplorerOptions
{
    public const string Section = "GraphExplorer";

    /// <summary>Where the embedded database keeps its files, relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Briefs imported into an empty database on start; found by walking up from the working directory when unset.</summary>
    public string? SeedsDirectory { get; set; }

    /// <summary>When set, every write (<c>POST /api/briefs</c>, writing Cypher) needs it in the <c>X-Api-Key</c> header.</summary>
    public string? ApiKey { get; set; }

    /// <summary>When set, <c>POST /api/cypher</c> may write for requests carrying it in <c>X-Admin-Key</c>; unset, it is read-only for everyone.</summary>
    public string? AdminKey { get; set; }

    public long MaxBriefBytes { get; set; } = 1024 * 1024;

    /// <summary>Origins allowed by CORS; none (the default) keeps cross-origin requests closed.</summary>
    public string[] CorsOrigins { get; set; } = [];

    public int DefaultSearchLimit { get; set; } = 20;
    public int MaxSearchLimit { get; set; } = 100;

    public int DefaultNeighbourLimit { get; set; } = 100;
    public int MaxNeighbourLimit { get; set; } = 1000;

    public int DefaultPathHops { get; set; } = 4;
    public int MaxPathHops { get; set; } = 6;
    public int DefaultPathCount { get; set; } = 3;
    public int MaxPathCount { get; set; } = 10;
}
