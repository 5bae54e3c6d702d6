namespace GraphExplorer.Importer.Benchmarks;

/// <summary>How many briefs to generate, and whether to also measure the on-disk database.</summary>
internal sealed record BenchmarkOptions(int Briefs, bool Disk)
{
    public static BenchmarkOptions? Parse(string[] args)
    {
        var briefs = 2000;
        var disk = true;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--briefs" && i + 1 < args.Length && int.TryParse(args[++i], out var count) && count > 0) briefs = count;
            else if (args[i] == "--no-disk") disk = false;
            else return null;
        }
        return new BenchmarkOptions(briefs, disk);
    }
}
