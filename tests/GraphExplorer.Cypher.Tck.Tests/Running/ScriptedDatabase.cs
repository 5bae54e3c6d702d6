using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tck.Tests.Running;

/// <summary>A stand-in database that answers each query text with a scripted result; the graph is always empty.</summary>
public sealed class ScriptedDatabase(Func<string, IReadOnlyDictionary<string, object?>?, CancellationToken, IQueryResult> answer)
    : IGraphDatabase
{
    public List<string> Queries { get; } = [];

    public IQueryResult Run(string query, IReadOnlyDictionary<string, object?>? parameters = null, AccessMode mode = AccessMode.Write,
        CancellationToken cancellation = default)
    {
        Queries.Add(query);
        return query.StartsWith("MATCH (n) RETURN n", StringComparison.Ordinal) || query.StartsWith("MATCH ()-[r]->()", StringComparison.Ordinal)
            ? ScriptedResult.Empty
            : answer(query, parameters, cancellation);
    }

    public IGraphTransaction BeginTransaction(AccessMode mode, CancellationToken cancellation = default) =>
        throw new NotSupportedException("the TCK runner uses auto-commit queries only");

    public void Dispose() { }
}
