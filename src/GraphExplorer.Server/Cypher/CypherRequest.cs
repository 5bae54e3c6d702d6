using GraphExplorer.Graph.Values;
using GraphExplorer.Server.Options;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GraphExplorer.Server.Cypher;

/// <summary>
/// The body of <c>POST /api/cypher</c>: <c>{query, parameters}</c>. Read with Newtonsoft like everything else,
/// its parameters become the plain values the database takes (long, double, string, bool, lists, maps).
/// </summary>
public sealed record CypherRequest(string Query, IReadOnlyDictionary<string, object?> Parameters)
{
    public static async ValueTask<CypherRequest> BindAsync(HttpContext context)
    {
        var maxBytes = context.RequestServices.GetRequiredService<IOptions<CypherOptions>>().Value.MaxQueryBytes;
        if (context.Request.ContentLength > maxBytes) throw TooLarge(maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(maxBytes);
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return Parse(new StreamReader(buffer));
    }

    private static CypherRequest Parse(TextReader text)
    {
        JObject body;
        try
        {
            using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            body = JObject.Load(reader);
        }
        catch (JsonException error)
        {
            throw new BadHttpRequestException($"The body is not a JSON object {{query, parameters}}: {error.Message}");
        }
        if (body["query"] is not JValue { Type: JTokenType.String } query || string.IsNullOrWhiteSpace((string?)query))
            throw new BadHttpRequestException("The body needs a 'query' string.");
        var parameters = body["parameters"] switch
        {
            null or JValue { Type: JTokenType.Null } => new Dictionary<string, object?>(),
            JObject map => (IReadOnlyDictionary<string, object?>)ToValue(map)!,
            _ => throw new BadHttpRequestException("'parameters' must be an object."),
        };
        return new CypherRequest((string)query!, parameters);
    }

    private static object? ToValue(JToken token) => token switch
    {
        JObject map => map.Properties().ToDictionary(property => property.Name, property => ToValue(property.Value)),
        JArray list => list.Select(ToValue).ToList(),
        JValue { Type: JTokenType.Integer, Value: long or int } value => Convert.ToInt64(value.Value),
        JValue { Type: JTokenType.Integer } => throw new BadHttpRequestException("An integer parameter is outside the 64-bit range."),
        JValue { Type: JTokenType.Float } value => Convert.ToDouble(value.Value),
        JValue { Type: JTokenType.String or JTokenType.Boolean or JTokenType.Null } value => CypherValues.Normalize(value.Value),
        _ => throw new BadHttpRequestException($"Parameters of JSON type {token.Type} are not supported."),
    };

    private static BadHttpRequestException TooLarge(int maxBytes) =>
        new($"The query is larger than the limit of {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
}
