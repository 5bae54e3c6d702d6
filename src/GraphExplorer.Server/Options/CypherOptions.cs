namespace GraphExplorer.Server.Options;

/// <summary>Limits of <c>POST /api/cypher</c>, bound from <c>GraphExplorer:Cypher</c>.</summary>
public sealed class CypherOptions
{
    public const string Section = "GraphExplorer:Cypher";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
    public int MaxRows { get; set; } = 5000;
    public int MaxQueryBytes { get; set; } = 64 * 1024;

    /// <summary>Requests each client address may make per <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; set; } = 60;
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);
}
