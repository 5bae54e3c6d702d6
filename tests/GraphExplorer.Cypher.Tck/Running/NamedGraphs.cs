using System.Text.Json;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tck.Running;

/// <summary>
/// The TCK's named graphs ("Given the binary-tree-1 graph"): graphs/NAME/NAME.json lists the Cypher scripts
/// that create the graph, each holding statements that end with ';' at the end of a line.
/// </summary>
public sealed class NamedGraphs(string graphsDirectory)
{
    public void Create(string name, IGraphDatabase database, CancellationToken cancellation)
    {
        foreach (var statement in Statements(name))
        {
            using var result = database.Run(statement, null, AccessMode.Write, cancellation);
            foreach (var _ in result) { }
        }
    }

    public IReadOnlyList<string> Statements(string name)
    {
        var folder = Path.Combine(graphsDirectory, name);
        var metadataFile = Path.Combine(folder, name + ".json");
        if (!File.Exists(metadataFile)) throw new FileNotFoundException($"named graph '{name}' not found", metadataFile);
        using var metadata = JsonDocument.Parse(File.ReadAllText(metadataFile));
        var statements = new List<string>();
        foreach (var script in metadata.RootElement.GetProperty("scripts").EnumerateArray())
        {
            var text = File.ReadAllText(Path.Combine(folder, script.GetString() + ".cypher"));
            statements.AddRange(text.Split(";\n").Select(s => s.Trim().TrimEnd(';').Trim()).Where(s => s.Length > 0));
        }
        return statements;
    }
}
