namespace GraphExplorer.Cypher.Tck;

/// <summary>
/// Finds the TCK beside the repository (../shared/tck relative to the folder holding GraphExplorer.sln),
/// whether the runner is started from the repository root, a subfolder, or its own output folder.
/// </summary>
public static class TckLocations
{
    private const string SolutionFile = "GraphExplorer.sln";
    private const string DefaultFeatures = "../shared/tck/features";

    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        }
        return null;
    }

    public static string FeaturesDirectory(string? requested)
    {
        var root = RepositoryRoot();
        var candidates = new List<string>();
        if (requested is not null)
        {
            candidates.Add(Path.GetFullPath(requested));
            if (root is not null) candidates.Add(Path.GetFullPath(Path.Combine(root, requested)));
        }
        else if (root is not null)
        {
            candidates.Add(Path.GetFullPath(Path.Combine(root, DefaultFeatures)));
        }
        return candidates.FirstOrDefault(Directory.Exists)
            ?? throw new DirectoryNotFoundException("TCK features not found; looked in " + string.Join(", ", candidates.DefaultIfEmpty("(no repository root)")));
    }

    /// <summary>The named graphs sit beside the features folder (tck/graphs).</summary>
    public static string GraphsDirectory(string featuresDirectory) =>
        Path.GetFullPath(Path.Combine(featuresDirectory, "..", "graphs"));

    /// <summary>A file of this project: the source copy when the repository is found, else the copy in the output folder.</summary>
    public static string ProjectFile(string name)
    {
        var root = RepositoryRoot();
        var source = root is null ? null : Path.Combine(root, "tests", "GraphExplorer.Cypher.Tck", name);
        return source is not null && File.Exists(source) ? source : Path.Combine(AppContext.BaseDirectory, name);
    }
}
