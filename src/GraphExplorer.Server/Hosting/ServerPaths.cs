using System.Reflection;

namespace GraphExplorer.Server.Hosting;

/// <summary>Where the server finds its files, wherever <c>dotnet run</c> was started from.</summary>
public static class ServerPaths
{
    private const string SeedsFolder = "seeds";
    private const string SolutionFile = "GraphExplorer.sln";

    /// <summary>The source folder of this project, recorded at build time.</summary>
    public static string? ProjectDirectory { get; } = typeof(ServerPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(attribute => attribute.Key == "ProjectDirectory")?.Value;

    /// <summary>
    /// The browser app's files: <c>wwwroot</c> beside the running server when published, else the project's own
    /// <c>wwwroot</c>, where the web build writes them.
    /// </summary>
    public static string WebRoot(string contentRoot)
    {
        var beside = Path.Combine(contentRoot, "wwwroot");
        if (Directory.Exists(beside) || ProjectDirectory is null) return beside;
        return Path.Combine(ProjectDirectory, "wwwroot");
    }

    /// <summary>
    /// The seeds folder: the configured one (relative to the working directory), else the <c>seeds/</c> of the
    /// repository found by walking up from the working directory, then from the project folder.
    /// </summary>
    public static string? Seeds(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        return FindUpwards(Directory.GetCurrentDirectory()) ?? (ProjectDirectory is null ? null : FindUpwards(ProjectDirectory));
    }

    private static string? FindUpwards(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var seeds = Path.Combine(directory.FullName, SeedsFolder);
            if (Directory.Exists(seeds) && File.Exists(Path.Combine(directory.FullName, SolutionFile))) return seeds;
        }
        return null;
    }
}
