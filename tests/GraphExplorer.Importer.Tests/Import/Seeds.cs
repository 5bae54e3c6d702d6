namespace GraphExplorer.Importer.Tests.Import;

/// <summary>The repository's seed briefs, found from the test's output folder.</summary>
internal static class Seeds
{
    public static string Folder { get; } = Find();

    public static string Path(string name) => System.IO.Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "GraphExplorer.sln")))
                return System.IO.Path.Combine(directory.FullName, "seeds");
        throw new DirectoryNotFoundException("The repository (GraphExplorer.sln) is not above " + AppContext.BaseDirectory);
    }
}
