namespace GraphExplorer.Benchmarks;

/// <summary>The command line: <c>--scale S|L</c>, and for investigation <c>--runs N</c>, <c>--only Q1,Q4</c>,
/// <c>--batch N</c> (rows per load transaction), <c>--load store|cypher</c> (the loading path: the store's write API, the fastest, or Cypher UNWIND batches),
/// <c>--explain</c> (print each plan to standard error), <c>--query TEXT</c> (repeatable: run these instead, with the spec's parameters, unchecked), <c>--data DIR</c>, <c>--bench-dir DIR</c> (the shared benchmark folder).</summary>
public sealed record BenchmarkOptions(
    string Scale, int Runs, IReadOnlySet<string>? Only, int BatchSize, string Load, bool Explain, IReadOnlyList<string> AdHoc, string? DataDirectory, string BenchDirectory, string RepositoryRoot)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var repositoryRoot = FindRepositoryRoot();
        var scale = "S";
        var runs = 5;
        var batch = 10_000;
        HashSet<string>? only = null;
        string? data = null;
        var load = "store";
        var explain = false;
        var adHoc = new List<string>();
        var benchDirectory = Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "bench"));
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--explain")
            {
                explain = true;
                continue;
            }
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--scale": scale = value.ToUpperInvariant(); break;
                case "--runs": runs = int.Parse(value); break;
                case "--batch": batch = int.Parse(value); break;
                case "--only": only = value.Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase); break;
                case "--query": adHoc.Add(value); break;
                case "--load": load = value.ToLowerInvariant(); break;
                case "--data": data = Path.GetFullPath(value); break;
                case "--bench-dir": benchDirectory = Path.GetFullPath(value); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
            i++;
        }
        if (scale is not ("S" or "L")) throw new ArgumentException("--scale must be S or L.");
        if (load is not ("cypher" or "store")) throw new ArgumentException("--load must be cypher or store.");
        if (runs < 1 || batch < 1) throw new ArgumentException("--runs and --batch must be positive.");
        return new BenchmarkOptions(scale, runs, only, batch, load, explain, adHoc, data, benchDirectory, repositoryRoot);
    }

    public string ResolvedDataDirectory => DataDirectory ?? Path.Combine(RepositoryRoot, "bench-data", Scale);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
