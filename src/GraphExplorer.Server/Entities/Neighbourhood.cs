using GraphExplorer.Graph.Values;

namespace GraphExplorer.Server.Entities;

/// <summary>The answer of <c>GET /api/entities/{key}/neighbours</c>: one page of neighbours, and how many match in all.</summary>
public sealed record Neighbourhood(
    Node Center,
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Relationship> Relationships,
    int Total,
    int Offset,
    int Limit);
