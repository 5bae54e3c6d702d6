namespace GraphExplorer.Server.Tests.Infrastructure;

/// <summary>One server with the default seeds, shared by the tests of a class that only read.</summary>
public sealed class SeededServer : IDisposable
{
    public GraphExplorerFactory Factory { get; } = new();

    public HttpClient CreateClient() => Factory.CreateClient();

    public void Dispose() => Factory.Dispose();
}
