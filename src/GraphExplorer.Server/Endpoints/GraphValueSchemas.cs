using GraphExplorer.Graph.Values;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GraphExplorer.Server.Endpoints;

/// <summary>
/// The OpenAPI schemas of nodes, relationships and paths as the API writes them (Newtonsoft converters), not as
/// the records are declared: <c>{id, key, labels, properties}</c>, <c>{id, type, start, end, properties}</c>.
/// </summary>
public sealed class GraphValueSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(Node))
            Describe(schema, ("id", Text()), ("key", Text()), ("labels", new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text() }), ("properties", Map()));
        else if (type == typeof(Relationship))
            Describe(schema, ("id", Text()), ("type", Text()), ("start", Text()), ("end", Text()), ("properties", Map()));
        else if (type == typeof(GraphPath))
            Describe(schema, ("nodes", new OpenApiSchema { Type = JsonSchemaType.Array }), ("relationships", new OpenApiSchema { Type = JsonSchemaType.Array }));
        return Task.CompletedTask;
    }

    private static void Describe(OpenApiSchema schema, params (string Name, OpenApiSchema Schema)[] properties)
    {
        schema.Type = JsonSchemaType.Object;
        schema.Properties = properties.ToDictionary(p => p.Name, p => (IOpenApiSchema)p.Schema);
        schema.Required = new HashSet<string>(properties.Select(p => p.Name));
    }

    private static OpenApiSchema Text() => new() { Type = JsonSchemaType.String };

    private static OpenApiSchema Map() => new() { Type = JsonSchemaType.Object };
}
