namespace GraphExplorer.Server.Json;

/// <summary>Factory for the Newtonsoft-written typed results, in the manner of <c>TypedResults</c>.</summary>
public static class GraphResults
{
    public static GraphOk<T> Ok<T>(T value) => new(value);
    public static GraphCreated<T> Created<T>(T value) => new(value);
}
