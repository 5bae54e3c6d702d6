namespace GraphExplorer.Server.Stats;

/// <summary>The answer of <c>GET /api/schema</c>: the names a query may use, for the console's completion.</summary>
public sealed record GraphSchema(IReadOnlyList<string> Labels, IReadOnlyList<string> RelationshipTypes, IReadOnlyList<string> PropertyKeys);
