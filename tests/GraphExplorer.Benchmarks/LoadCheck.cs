using GraphExplorer.Benchmarks.Data;
using GraphExplorer.Graph;

namespace GraphExplorer.Benchmarks;

/// <summary>After loading, the node and relationship totals must be the manifest's (outside the LOAD time, as bench.js does).</summary>
public sealed class LoadCheck(IGraphDatabase database, Manifest manifest)
{
    public IEnumerable<string> Problems()
    {
        var nodes = Count("MATCH (n) RETURN count(*) AS c");
        if (nodes != manifest.Counts.Nodes) yield return $"expected {manifest.Counts.Nodes} nodes, counted {nodes}";
        var expectedRelationships = manifest.Counts.EntityRelations + manifest.Counts.Mentions;
        var relationships = Count("MATCH ()-[r]->() RETURN count(*) AS c");
        if (relationships != expectedRelationships) yield return $"expected {expectedRelationships} relationships, counted {relationships}";
    }

    private long Count(string query)
    {
        using var result = database.Run(query, mode: AccessMode.Read);
        return result.Select(row => row[0]).OfType<long>().FirstOrDefault(-1);
    }
}
