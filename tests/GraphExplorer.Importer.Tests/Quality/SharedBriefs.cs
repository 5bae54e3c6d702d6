namespace GraphExplorer.Importer.Tests.Quality;

/// <summary>
/// Finds the repository root (the folder holding GraphExplorer.sln) and the shared briefs beside it
/// (<c>../shared/briefs</c>), or where GRAPHEXPLORER_BRIEFS points.
/// </summary>
internal static class SharedBriefs
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no GraphExplorer.sln above {AppContext.BaseDirectory}");
    }

    public static string Folder()
    {
        var configured = Environment.GetEnvironmentVariable("GRAPHEXPLORER_BRIEFS");
        var folder = string.IsNullOrEmpty(configured)
            ? Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "briefs"))
            : configured;
        if (!File.Exists(Path.Combine(folder, "score.py")))
        {
            throw new InvalidOperationException($"the shared briefs (score.py, dev/) are not at {folder}; set GRAPHEXPLORER_BRIEFS");
        }

        return folder;
    }
}
