using GraphExplorer.Graph.Values;

namespace GraphExplorer.Server.Paths;

/// <summary>The answer of <c>GET /api/paths</c>: shortest first.</summary>
public sealed record PathAnswer(IReadOnlyList<GraphPath> Paths);
