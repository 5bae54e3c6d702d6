using GraphExplorer.Graph;

namespace GraphExplorer.Server.Cypher;

/// <summary>The answer of <c>POST /api/cypher</c>.</summary>
public sealed record CypherAnswer(
    IReadOnlyList<string> Columns,
    IReadOnlyList<object?[]> Rows,
    ResultGraph Graph,
    QueryStats Stats,
    bool Truncated);
