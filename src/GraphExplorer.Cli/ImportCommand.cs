using GraphExplorer.Cypher;
using GraphExplorer.Graph;
using GraphExplorer.Importer;

namespace GraphExplorer.Cli;

/// <summary>
/// <c>graphexplorer import --db DIR [--published-at ISO] PATH...</c>: imports brief files and folders (their *.txt
/// files) into the embedded database at DIR, showing progress, reporting each failing file and going on with the rest.
/// --published-at gives every brief that publication time, in place of the datelines in their text.
/// Exit code 0 when every file was imported or already present, 1 when any failed, 2 for a usage error.
/// </summary>
public static class ImportCommand
{
    public const string Usage = "import  --db DIR [--published-at ISO] PATH...    import brief files and folders (*.txt)";

    public static int Run(string[] args) =>
        Run(args, Console.Out, Console.Error, terminal: !Console.IsOutputRedirected);

    public static int Run(string[] args, TextWriter output, TextWriter errors, bool terminal)
    {
        string? directory = null;
        DateTimeOffset? publishedAt = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db" && i + 1 < args.Length) directory = args[++i];
            else if (args[i] == "--published-at" && i + 1 < args.Length)
            {
                if (!PublishedAt.TryParse(args[++i], out var published))
                    return UsageError(errors, $"--published-at '{args[i]}' is not {PublishedAt.Expected}");
                publishedAt = published;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
                return UsageError(errors, $"unknown option '{args[i]}'");
            else paths.Add(args[i]);
        }
        if (directory is null) return UsageError(errors, "--db DIR is required");
        if (paths.Count == 0) return UsageError(errors, "give at least one file or folder to import");

        try
        {
            using var database = EmbeddedDatabase.Open(directory);
            var importer = new BriefImporter(database);
            importer.EnsureSchema();
            var display = new ImportDisplay(output, errors, terminal);
            var batch = importer.ImportPaths(paths, publishedAt, display);
            display.Finish(batch);
            return batch.Failed > 0 ? 1 : 0;
        }
        catch (GraphDatabaseException error)
        {
            errors.WriteLine($"graphexplorer import: {error.Message}");
            return 1;
        }
    }

    private static int UsageError(TextWriter errors, string message)
    {
        errors.WriteLine($"graphexplorer import: {message}");
        errors.WriteLine("usage: graphexplorer " + Usage);
        return 2;
    }
}
