using System.Diagnostics;
using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Graph.Tests.Storage.Durability;

/// <summary>
/// Issue 2's durability target: a child process commits a stream of transactions and is killed with SIGKILL
/// at random moments, 20 times; after each restart every acknowledged transaction is there, none is half
/// there, and the store keeps accepting writes.
/// </summary>
public class CrashTests
{
    private const int Rounds = 20;

    [Fact]
    public void KilledWriterLosesNoAcknowledgedTransactionAndLeavesNoHalfOne()
    {
        using var dir = new TemporaryDirectory();
        var random = new Random(20261127);
        long acknowledged = -1;
        var totalAcks = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var acks = RunChildAndKill(dir.Path, TimeSpan.FromMilliseconds(random.Next(20, 400)));
            if (acks.Count > 0)
            {
                Assert.Equal(acknowledged + 1, acks[0]);
                acknowledged = acks[^1];
                totalAcks += acks.Count;
            }

            using var store = GraphStore.Open(dir.Path, new GraphStoreOptions { CheckpointOnDispose = round % 2 == 0 });
            var committed = CheckPairs(store);
            Assert.True(committed >= acknowledged, $"round {round}: transaction {acknowledged} was acknowledged but only {committed} survived");
            acknowledged = committed;
        }
        Assert.True(totalAcks > Rounds, $"the child acknowledged only {totalAcks} transactions in {Rounds} rounds");
    }

    /// <summary>Every surviving transaction has both halves and its relationship; returns the highest one (or -1).</summary>
    private static long CheckPairs(GraphStore store)
    {
        using var read = store.BeginRead();
        var halves = new Dictionary<long, int>();
        foreach (var id in read.NodeIdsWithLabel("Pair"))
        {
            var i = (long)read.GetNodeProperty(id, "i")!;
            halves[i] = halves.GetValueOrDefault(i) + 1;
            if ((long)read.GetNodeProperty(id, "half")! == 0)
                Assert.Equal(1, read.Degree(id, Direction.Outgoing, "HALF_OF"));
        }
        var max = halves.Count == 0 ? -1 : halves.Keys.Max();
        for (long i = 0; i <= max; i++)
            Assert.True(halves.GetValueOrDefault(i) == 2, $"transaction {i} has {halves.GetValueOrDefault(i)} of its 2 nodes");
        Assert.Equal(halves.Count, read.RelationshipCount);
        return max;
    }

    private static List<long> RunChildAndKill(string directory, TimeSpan runAfterReady)
    {
        var start = new ProcessStartInfo(DotnetHost(), [ChildAssembly(), directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var child = Process.Start(start)!;
        var acks = new List<long>();
        var errors = new System.Text.StringBuilder();
        child.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
        child.BeginErrorReadLine();

        var ready = child.StandardOutput.ReadLine();
        Assert.True(ready?.StartsWith("READY ", StringComparison.Ordinal) == true, $"child did not start: {ready} {errors}");
        var reader = Task.Run(() =>
        {
            while (child.StandardOutput.ReadLine() is { } line)
                if (line.StartsWith("ACK ", StringComparison.Ordinal))
                    lock (acks) acks.Add(long.Parse(line.AsSpan(4)));
        });
        Thread.Sleep(runAfterReady);
        child.Kill(entireProcessTree: true);
        child.WaitForExit();
        reader.Wait(TimeSpan.FromSeconds(10));
        lock (acks) return [.. acks];
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The child is built next to this test project, in the same configuration.</summary>
    private static string ChildAssembly()
    {
        var testOutput = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var framework = Path.GetFileName(testOutput);
        var configuration = Path.GetFileName(Path.GetDirectoryName(testOutput)!);
        var testsFolder = Path.GetFullPath(Path.Combine(testOutput, "..", "..", "..", ".."));
        var path = Path.Combine(testsFolder, "GraphExplorer.Graph.CrashChild", "bin", configuration, framework, "GraphExplorer.Graph.CrashChild.dll");
        Assert.True(File.Exists(path), $"crash child not built at {path}");
        return path;
    }
}
