namespace GraphExplorer.Cypher.Tck;

/// <summary>
/// Command line: <c>[FEATURES_DIR] [--verbose] [--filter TEXT] [--timeout SECONDS] [--parallel N]</c>.
/// <c>--filter</c> runs only scenarios whose key ("path:LINE name") contains TEXT and prints why each of them failed;
/// <c>--verbose</c> prints why every failed scenario failed.
/// </summary>
public sealed record TckOptions(string? FeaturesDirectory, bool Verbose, string? Filter, TimeSpan Timeout, int Parallelism)
{
    public static TckOptions Default { get; } = new(null, false, null, TimeSpan.FromSeconds(10), Environment.ProcessorCount);

    public static TckOptions Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--verbose" or "-v" => options with { Verbose = true },
                "--filter" => options with { Filter = Next() },
                "--timeout" => options with { Timeout = TimeSpan.FromSeconds(double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)) },
                "--parallel" => options with { Parallelism = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                var a when a.StartsWith('-') => throw new ArgumentException($"unknown option {a}"),
                var a => options with { FeaturesDirectory = a },
            };
        }
        return options;
    }
}
