namespace GraphExplorer.Importer.Benchmarks;

/// <summary>
/// How many briefs to generate, whether to also measure the on-disk database, and whether to measure only the
/// database writes (extraction done beforehand, untimed): the figure to compare when changing the import Cypher.
/// </summary>
internal sealed record BenchmarkOptions(int Briefs, bool Disk, bool WritesOnly)
{
    public static BenchmarkOptions? Parse(string[] args)
    {
        var briefs = 2000;
        var disk = true;
        var writesOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--briefs" && i + 1 < args.Length && int.TryParse(args[++i], out var count) && count > 0) briefs = count;
            else if (args[i] == "--no-disk") disk = false;
            else if (args[i] == "--writes-only") writesOnly = true;
            else return null;
        }
        return new BenchmarkOptions(briefs, disk, writesOnly);
    }
}
