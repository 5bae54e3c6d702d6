using System.Diagnostics;
using GraphExplorer.Graph;

namespace GraphExplorer.Benchmarks.Queries;

/// <summary>
/// Runs a query as the spec measures it: one warm-up, then <c>runs</c> timed runs, each through
/// <see cref="IGraphDatabase.Run"/> in a read transaction with every record consumed. The warm-up's answer is checked.
/// An engine error counts as a wrong answer and is not timed.
/// </summary>
public sealed class QueryRunner(IGraphDatabase database, int runs)
{
    public QueryMeasurement Measure(BenchmarkQuery query)
    {
        double warmUp;
        List<object?[]>? rows;
        try
        {
            (warmUp, _, rows) = RunOnce(query, keepRows: true);
        }
        catch (Exception e)
        {
            // The benchmark reports every query, so an engine that throws anything is a failed query, not a stop.
            return new QueryMeasurement(query.Id, double.NaN, [], [], [], 0, $"{e.GetType().Name}: {e.Message}");
        }
        string? failure;
        try
        {
            failure = query.Check(rows!);
        }
        catch (IndexOutOfRangeException)
        {
            failure = "the answer has fewer columns than the query returns";
        }
        var times = new List<double>(runs);
        var runTimes = new List<double>(runs);
        var cpuTimes = new List<double>(runs);
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var (total, run, _) = RunOnce(query, keepRows: false);
            process.Refresh();
            cpuTimes.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            times.Add(total);
            runTimes.Add(run);
        }
        return new QueryMeasurement(query.Id, warmUp, times, runTimes, cpuTimes, rows!.Count, failure);
    }

    private (double Total, double Run, List<object?[]>? Rows) RunOnce(BenchmarkQuery query, bool keepRows)
    {
        var rows = keepRows ? new List<object?[]>() : null;
        var clock = Stopwatch.StartNew();
        using var result = database.Run(query.Text, query.Parameters, AccessMode.Read);
        var run = clock.Elapsed.TotalMilliseconds;
        var count = 0;
        foreach (var record in result)
        {
            count++;
            rows?.Add(record);
        }
        var total = clock.Elapsed.TotalMilliseconds;
        GC.KeepAlive(count);
        return (total, run, rows);
    }
}
