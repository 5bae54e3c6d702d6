using GraphExplorer.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace GraphExplorer.Server.Tests.Live;

public class GraphHubTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static async Task<HubConnection> ConnectAsync(GraphExplorerFactory factory)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "/hubs/graph"), options =>
            {
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            })
            .AddNewtonsoftJsonProtocol()
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private static TaskCompletionSource<JObject> Listen(HubConnection connection)
    {
        var received = new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<JObject>("briefImported", message => received.TrySetResult(message));
        return received;
    }

    [Fact]
    public async Task ImportingABriefSendsItsDeltaToConnectedClients()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();
        await using var connection = await ConnectAsync(factory);
        var received = Listen(connection);

        var answer = await client.PostTextAsync("/api/briefs", RepositoryFiles.SeedBytes("08-thailand-cambodia-ceasefire.txt"));
        var message = await received.Task.WaitAsync(Patience);

        Assert.Equal((string?)answer["brief"]!["key"], (string?)message["brief"]!["key"]);
        Assert.Equal(answer["nodes"]!.Select(n => (string?)n["id"]).Order(), message["nodes"]!.Select(n => (string?)n["id"]).Order());
        Assert.All(message["nodes"]!, n => Assert.NotNull(n["properties"]));
        Assert.NotNull(message["relationships"]);
    }

    [Fact]
    public async Task AMultiFileImportSendsProgressAfterEachFile()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();
        await using var connection = await ConnectAsync(factory);
        var progress = new List<JObject>();
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<JObject>("importProgress", message =>
        {
            lock (progress)
            {
                progress.Add(message);
                if (progress.Count == 2) all.TrySetResult();
            }
        });
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(RepositoryFiles.SeedBytes("08-thailand-cambodia-ceasefire.txt")), "files", "ceasefire.txt" },
            { new ByteArrayContent(RepositoryFiles.SeedBytes("04-boeing-737-max-faa.txt")), "files", "boeing.txt" },
        };

        using var response = await client.PostAsync("/api/briefs/batch", form);
        await HttpJson.ReadAsync(response, System.Net.HttpStatusCode.OK);
        await all.Task.WaitAsync(Patience);

        Assert.Equal([1, 2], progress.Select(p => (int)p["done"]!));
        Assert.All(progress, p => Assert.Equal(2, (int)p["total"]!));
        Assert.Equal(["ceasefire.txt", "boeing.txt"], progress.Select(p => (string?)p["file"]));
    }

    [Fact]
    public async Task ClientsThatJoinedEntitiesHearOnlyImportsTouchingThem()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var client = factory.CreateClient();
        await using var everything = await ConnectAsync(factory);
        await using var interested = await ConnectAsync(factory);
        await using var elsewhere = await ConnectAsync(factory);
        var toEverything = Listen(everything);
        var toInterested = Listen(interested);
        var toElsewhere = Listen(elsewhere);
        var brief = RepositoryFiles.SeedBytes("seed-cambodia-scam-crackdown.txt");

        // The brief's own entity keys, learnt from a reference server, so the test joins a key the import will touch.
        using var reference = new GraphExplorerFactory(seeds: []);
        var touched = (string)(await reference.CreateClient().PostTextAsync("/api/briefs", brief))["nodes"]![0]!["key"]!;
        await interested.InvokeAsync("JoinEntity", touched);
        await elsewhere.InvokeAsync("JoinEntity", "country:atlantis");

        await client.PostTextAsync("/api/briefs", brief);
        await toEverything.Task.WaitAsync(Patience);
        await toInterested.Task.WaitAsync(Patience);
        // Messages of one import go out together: give the uninterested client a moment to show it heard nothing.
        await Task.Delay(500);
        Assert.False(toElsewhere.Task.IsCompleted);
    }

    [Fact]
    public async Task HubMessagesUseTheSameJsonAsTheHttpAnswers()
    {
        using var factory = new GraphExplorerFactory(seeds: []);
        var settings = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.SignalR.NewtonsoftJsonHubProtocolOptions>>();
        var converters = settings.Value.PayloadSerializerSettings.Converters.Select(c => c.GetType()).ToList();
        Assert.Contains(typeof(GraphExplorer.Server.Json.NodeConverter), converters);
        Assert.Contains(typeof(GraphExplorer.Server.Json.RelationshipConverter), converters);
    }
}
