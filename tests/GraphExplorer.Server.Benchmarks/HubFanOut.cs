using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace GraphExplorer.Server.Benchmarks;

/// <summary>
/// Issue 4's SignalR target: connects many clients to a running server's hub, imports one brief over HTTP and
/// reports how long after the import's answer (the commit) each client received <c>briefImported</c>. A first
/// brief warms up both sides (JIT, connections); the second is measured.
/// </summary>
public sealed class HubFanOut(Uri server, int clients, string warmUpBrief, string briefFile, TextWriter output)
{
    public async Task<int> RunAsync()
    {
        var connections = new List<HubConnection>();
        var received = new long[clients];
        var clock = new Stopwatch();
        var measuring = false;
        var remaining = clients;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        for (var i = 0; i < clients; i++)
        {
            var index = i;
            var connection = new HubConnectionBuilder().WithUrl(new Uri(server, "/hubs/graph")).AddNewtonsoftJsonProtocol().Build();
            connection.On<JObject>("briefImported", _ =>
            {
                if (!Volatile.Read(ref measuring)) return;
                received[index] = clock.ElapsedTicks;
                if (Interlocked.Decrement(ref remaining) == 0) all.TrySetResult();
            });
            await connection.StartAsync();
            connections.Add(connection);
        }
        using var http = new HttpClient { BaseAddress = server };
        (await http.PostAsync("/api/briefs?name=" + Path.GetFileName(warmUpBrief), new ByteArrayContent(await File.ReadAllBytesAsync(warmUpBrief)))).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(2));
        Volatile.Write(ref measuring, true);
        clock.Start();
        using var response = await http.PostAsync("/api/briefs?name=" + Path.GetFileName(briefFile), new ByteArrayContent(await File.ReadAllBytesAsync(briefFile)));
        var committed = clock.ElapsedTicks;
        response.EnsureSuccessStatusCode();
        var complete = await Task.WhenAny(all.Task, Task.Delay(TimeSpan.FromSeconds(30))) == all.Task;
        var delays = received.Where(t => t > 0).Select(t => (t - committed) * 1000.0 / Stopwatch.Frequency).Order().ToList();
        output.WriteLine($"clients {clients}, received {delays.Count}, all: {complete}; after the import's answer: " +
            $"median {delays[delays.Count / 2]:F1} ms, max {delays[^1]:F1} ms (import took {committed * 1000.0 / Stopwatch.Frequency:F0} ms)");
        foreach (var connection in connections) await connection.DisposeAsync();
        return complete ? 0 : 1;
    }
}
