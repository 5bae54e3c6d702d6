using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace GraphExplorer.Server.Json;

/// <summary>200 with a body written by <see cref="GraphJson"/>: the typed result of every read endpoint.</summary>
public sealed class GraphOk<T>(T value) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IEndpointMetadataProvider
{
    public T Value => value;
    object? IValueHttpResult.Value => value;
    public int StatusCode => StatusCodes.Status200OK;
    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext) => GraphJsonWriter.WriteAsync(httpContext, value, StatusCode);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
