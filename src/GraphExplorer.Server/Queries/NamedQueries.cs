using System.Collections.Frozen;
using System.Reflection;

namespace GraphExplorer.Server.Queries;

/// <summary>
/// The API's reads: the files of cypher/queries/, embedded in this assembly, by name without extension
/// (<c>NamedQueries.Get("entity-neighbours")</c>). Loaded once; an unknown name is a programming error.
/// </summary>
public static class NamedQueries
{
    private const string Prefix = "cypher/queries/";

    private static readonly FrozenDictionary<string, string> Texts = Load();

    public static IEnumerable<string> Names => Texts.Keys;

    public static string Get(string name) =>
        Texts.TryGetValue(name, out var text) ? text
            : throw new InvalidOperationException($"There is no query '{name}' in cypher/queries/.");

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(Prefix, StringComparison.Ordinal) && resource.EndsWith(".cypher", StringComparison.Ordinal))
            .ToFrozenDictionary(resource => resource[Prefix.Length..^".cypher".Length], resource => Read(assembly, resource), StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
