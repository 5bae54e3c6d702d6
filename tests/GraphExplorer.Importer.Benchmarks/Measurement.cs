using System.Diagnostics;

namespace GraphExplorer.Importer.Benchmarks;

/// <summary>
/// Wall-clock and processor time of one stage. On a shared machine the processor time is the fairer figure:
/// briefs per processor-second is what one dedicated core would do.
/// </summary>
internal sealed record Measurement(TimeSpan Wall, TimeSpan Processor)
{
    public static Measurement Of(Action stage)
    {
        var processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        stage();
        return new Measurement(watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - processorBefore);
    }
}
