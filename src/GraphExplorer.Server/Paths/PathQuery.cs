namespace GraphExplorer.Server.Paths;

/// <summary>The query string of <c>GET /api/paths</c>.</summary>
public sealed record PathQuery(string? From, string? To, int? MaxHops, int? K);
