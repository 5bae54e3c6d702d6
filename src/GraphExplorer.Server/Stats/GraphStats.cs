namespace GraphExplorer.Server.Stats;

/// <summary>The answer of <c>GET /api/stats</c>.</summary>
public sealed record GraphStats(
    long Nodes,
    long Relationships,
    long Briefs,
    long Entities,
    IReadOnlyDictionary<string, long> Labels,
    IReadOnlyDictionary<string, long> RelationshipTypes);
