using GraphExplorer.Importer;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Cli;

/// <summary>
/// <c>graphexplorer extract FILE...</c>: prints one JSON array, an object per brief in the shape of the gold files,
/// so that <c>score.py</c> can score it. A folder stands for its <c>*.txt</c> files. A file that cannot be read is
/// reported on standard error and skipped; the exit code is then 1.
/// </summary>
public static class ExtractCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args.Any(a => a is "-h" or "--help"))
        {
            Console.Error.WriteLine("usage: graphexplorer extract FILE|DIR...");
            return args.Length == 0 ? 2 : 0;
        }

        var extractor = new BriefExtractor();
        var extractions = new List<BriefExtraction>();
        var failed = 0;
        foreach (var file in Expand(args))
        {
            try
            {
                extractions.Add(extractor.Extract(Path.GetFileName(file), File.ReadAllText(file)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                Console.Error.WriteLine($"graphexplorer extract: {file}: {e.Message}");
                failed++;
            }
        }

        GoldJsonWriter.Write(Console.Out, extractions);
        Console.Out.WriteLine();
        return failed == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
