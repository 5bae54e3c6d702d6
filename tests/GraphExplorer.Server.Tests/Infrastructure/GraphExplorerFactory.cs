using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphExplorer.Server.Tests.Infrastructure;

/// <summary>
/// The server in memory, with a fresh temporary data directory and a small seeds directory of its own, and any
/// GraphExplorer settings a test needs. Deleted on dispose.
/// </summary>
public sealed class GraphExplorerFactory : WebApplicationFactory<Program>
{
    /// <summary>The two briefs every test server starts with.</summary>
    public static readonly string[] DefaultSeeds = ["01-eu-china-ev-tariffs.txt", "02-sudan-war-humanitarian-crisis.txt"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "graphexplorer-tests-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public GraphExplorerFactory(IReadOnlyDictionary<string, string?>? settings = null, IEnumerable<string>? seeds = null)
    {
        Directory.CreateDirectory(SeedsDirectory);
        foreach (var seed in seeds ?? DefaultSeeds) File.Copy(RepositoryFiles.Seed(seed), Path.Combine(SeedsDirectory, seed));
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public string DataDirectory => Path.Combine(_root, "data");
    public string SeedsDirectory => Path.Combine(_root, "seeds");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GraphExplorer:DataDirectory", DataDirectory);
        builder.UseSetting("GraphExplorer:SeedsDirectory", SeedsDirectory);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
