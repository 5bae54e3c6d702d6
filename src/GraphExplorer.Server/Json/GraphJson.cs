using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace GraphExplorer.Server.Json;

/// <summary>The one way GraphExplorer writes JSON, for HTTP responses and SignalR messages alike.</summary>
public static class GraphJson
{
    public static JsonSerializerSettings Settings { get; } = Configure(new JsonSerializerSettings());

    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(Settings);

    public static JsonSerializerSettings Configure(JsonSerializerSettings settings)
    {
        // Dictionary keys are data (property names, relationship types such as "LEADS"), not C# names: keep them as they are.
        settings.ContractResolver = new DefaultContractResolver
        {
            NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false, OverrideSpecifiedNames = true },
        };
        settings.NullValueHandling = NullValueHandling.Include;
        settings.FloatFormatHandling = FloatFormatHandling.String;
        settings.DateParseHandling = DateParseHandling.None;
        settings.ReferenceLoopHandling = ReferenceLoopHandling.Error;
        settings.Converters.Add(new NodeConverter());
        settings.Converters.Add(new RelationshipConverter());
        settings.Converters.Add(new GraphPathConverter());
        return settings;
    }
}
