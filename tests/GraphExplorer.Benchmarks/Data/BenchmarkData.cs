using System.Diagnostics;
using System.Text.Json;

namespace GraphExplorer.Benchmarks.Data;

/// <summary>
/// The benchmark graph of one scale on disk: the CSVs and manifest.json written by the shared graphgen.js,
/// plus expected.json written by the shared expected.js. Both are run (with node) when their output is missing.
/// </summary>
public sealed class BenchmarkData
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private BenchmarkData(string directory, Manifest manifest, ExpectedAnswers expected)
    {
        Directory = directory;
        Manifest = manifest;
        Expected = expected;
    }

    public string Directory { get; }
    public Manifest Manifest { get; }
    public ExpectedAnswers Expected { get; }

    public string PathOf(string relativeFile) => Path.Combine(Directory, relativeFile);

    public static BenchmarkData Prepare(BenchmarkOptions options)
    {
        var directory = options.ResolvedDataDirectory;
        var manifestPath = Path.Combine(directory, "manifest.json");
        var expectedPath = Path.Combine(directory, "expected.json");
        if (!File.Exists(manifestPath))
            RunNode(Path.Combine(options.BenchDirectory, "graphgen.js"), "--scale", options.Scale, "--out", directory);
        if (!File.Exists(expectedPath))
            RunNode(Path.Combine(options.BenchDirectory, "expected.js"), "--data", directory);
        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(manifestPath), Json)
            ?? throw new InvalidDataException($"{manifestPath} is empty.");
        var expected = JsonSerializer.Deserialize<ExpectedAnswers>(File.ReadAllText(expectedPath), Json)
            ?? throw new InvalidDataException($"{expectedPath} is empty.");
        return new BenchmarkData(directory, manifest, expected);
    }

    private static void RunNode(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        // The scripts print their JSON to stdout; keep our stdout for the benchmark's own lines.
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"node {script} exited with {process.ExitCode}.");
    }
}
