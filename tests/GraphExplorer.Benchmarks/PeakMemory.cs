namespace GraphExplorer.Benchmarks;

/// <summary>The process's peak resident set (VmHWM in /proc/self/status), the figure Kuzu's bench.js reports.</summary>
public static class PeakMemory
{
    public static long Megabytes()
    {
        const string field = "VmHWM:";
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line[field.Length..].Trim().Split(' ')[0]) / 1024;
        return Environment.WorkingSet / (1024 * 1024);
    }
}
