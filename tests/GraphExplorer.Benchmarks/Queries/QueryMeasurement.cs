namespace GraphExplorer.Benchmarks.Queries;

/// <summary>
/// The timings of one query: the warm-up run, then the measured runs. <see cref="RunMilliseconds"/> is the
/// time until <c>Run</c> returned (parse, plan, execute: the embedded engine computes the records before
/// returning), the rest of each run is consuming the records. <see cref="CpuMilliseconds"/> is the
/// process's processor time per run (all threads, at the OS clock's resolution): on a shared machine it shows the work
/// when the wall clock mostly shows waiting.
/// </summary>
public sealed record QueryMeasurement(
    string Id, double WarmUpMilliseconds, IReadOnlyList<double> Milliseconds, IReadOnlyList<double> RunMilliseconds, IReadOnlyList<double> CpuMilliseconds, int Rows, string? Failure)
{
    public double Median => MedianOf(Milliseconds);

    public double MedianRun => MedianOf(RunMilliseconds);

    public double MedianCpu => MedianOf(CpuMilliseconds);

    private static double MedianOf(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
