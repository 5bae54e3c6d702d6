namespace GraphExplorer.Importer.Input;

/// <summary>
/// The files a list of paths stands for: a file as given (whatever its extension, so a wrong file is rejected
/// by name rather than silently ignored), a folder as all its *.txt files, recursively, in ordinal order.
/// Paths that do not exist come back in <c>missing</c>.
/// </summary>
public static class BriefFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else notFound.Add(path);
        }
        missing = notFound;
        return files;
    }

    /// <summary>Reads a file, refusing one over the size limit before reading it.</summary>
    public static byte[] Read(string path, ImporterOptions options)
    {
        try
        {
            BriefDecoder.CheckSize(Path.GetFileName(path), new FileInfo(path).Length, options);
            return File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new BriefRejectedException(Path.GetFileName(path), BriefRejectionKind.Unreadable,
                $"the file cannot be read: {error.Message}", error);
        }
    }
}
