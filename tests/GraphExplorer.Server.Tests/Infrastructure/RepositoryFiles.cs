namespace GraphExplorer.Server.Tests.Infrastructure;

/// <summary>Files of the repository the tests use: the sample briefs of seeds/.</summary>
public static class RepositoryFiles
{
    public static string SeedsDirectory { get; } = FindSeeds();

    public static string Seed(string fileName) => Path.Combine(SeedsDirectory, fileName);

    public static byte[] SeedBytes(string fileName) => File.ReadAllBytes(Seed(fileName));

    private static string FindSeeds()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln"))) return Path.Combine(directory.FullName, "seeds");
        }
        throw new InvalidOperationException("The repository root (GraphExplorer.sln) was not found above " + AppContext.BaseDirectory);
    }
}
