using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GraphExplorer.Server.Endpoints;

/// <summary>
/// OpenAPI descriptions of request bodies the handlers read themselves. (Accepts metadata would also make routing
/// reject other content types, and the handlers accept any: a brief may come as text/plain or a multipart form.)
/// </summary>
public static class RequestBodies
{
    public static RouteHandlerBuilder DescribesBody(this RouteHandlerBuilder builder, params (string ContentType, OpenApiSchema Schema)[] bodies) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var body = new OpenApiRequestBody { Required = true, Content = new Dictionary<string, OpenApiMediaType>() };
            foreach (var (contentType, schema) in bodies) body.Content[contentType] = new OpenApiMediaType { Schema = schema };
            operation.RequestBody = body;
            return Task.CompletedTask;
        });

    public static OpenApiSchema Text() => new() { Type = JsonSchemaType.String };

    public static OpenApiSchema FileForm() => new()
    {
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
            ["publishedAt"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Optional publication time: ISO 8601 date or date-time with offset." },
        },
    };

    public static OpenApiSchema CypherBody() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { "query" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["query"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["parameters"] = new OpenApiSchema { Type = JsonSchemaType.Object },
        },
    };
}
