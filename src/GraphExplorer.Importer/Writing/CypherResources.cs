using System.Collections.Concurrent;
using System.Reflection;

namespace GraphExplorer.Importer.Writing;

/// <summary>
/// The .cypher files of the repository's cypher/ folder, embedded in this assembly under their path
/// ("cypher/import/merge-entities.cypher"), so the importer works from any working directory.
/// </summary>
public static class CypherResources
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of one embedded file, e.g. <c>Load("cypher/schema.cypher")</c>.</summary>
    public static string Load(string name) => Cache.GetOrAdd(name, Read);

    /// <summary>
    /// The statements of a file holding several, split at semicolons that end a line, with comment lines
    /// dropped (schema commands run one at a time).
    /// </summary>
    public static IReadOnlyList<string> Statements(string name)
    {
        var statements = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var rawLine in Load(name).Split('\n'))
        {
            var line = rawLine.TrimEnd('\r', ' ', '\t');
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
            var ends = line.EndsWith(';');
            current.AppendLine(ends ? line[..^1] : line);
            if (!ends) continue;
            Add(statements, current);
        }
        Add(statements, current);
        return statements;
    }

    private static void Add(List<string> statements, System.Text.StringBuilder current)
    {
        var statement = current.ToString().Trim();
        if (statement.Length > 0) statements.Add(statement);
        current.Clear();
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The Cypher file '{name}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
