namespace GraphExplorer.Benchmarks.Queries;

/// <summary>
/// The timings of one query: the warm-up run, then the measured runs. <see cref="RunMilliseconds"/> is the
/// time until <c>Run</c> returned (parse, plan, execute: the embedded engine computes the records before
/// returning), the rest of each run is consuming the records.
/// </summary>
public sealed record QueryMeasurement(
    string Id, double WarmUpMilliseconds, IReadOnlyList<double> Milliseconds, IReadOnlyList<double> RunMilliseconds, int Rows, string? Failure)
{
    public double Median => MedianOf(Milliseconds);

    public double MedianRun => MedianOf(RunMilliseconds);

    private static double MedianOf(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
