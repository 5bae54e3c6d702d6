namespace GraphExplorer.Server.Tests.Infrastructure;

/// <summary>A seeded server with an admin key, so tests can shape the graph with writing Cypher.</summary>
public sealed class AdminServer : IDisposable
{
    public const string AdminKey = "test-admin-key";

    public GraphExplorerFactory Factory { get; } = new(new Dictionary<string, string?>
    {
        ["GraphExplorer:AdminKey"] = AdminKey,
        ["GraphExplorer:Cypher:MaxRows"] = "5",
        ["GraphExplorer:Cypher:RateLimitPermits"] = "1000",
    });

    public static IReadOnlyDictionary<string, string> AdminHeaders { get; } = new Dictionary<string, string> { ["X-Admin-Key"] = AdminKey };

    public HttpClient CreateClient() => Factory.CreateClient();

    public void Dispose() => Factory.Dispose();
}
