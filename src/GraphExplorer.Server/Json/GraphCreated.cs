using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace GraphExplorer.Server.Json;

/// <summary>201 with a body written by <see cref="GraphJson"/>.</summary>
public sealed class GraphCreated<T>(T value) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IEndpointMetadataProvider
{
    public T Value => value;
    object? IValueHttpResult.Value => value;
    public int StatusCode => StatusCodes.Status201Created;
    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext) => GraphJsonWriter.WriteAsync(httpContext, value, StatusCode);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status201Created, typeof(T), ["application/json"]));
}
