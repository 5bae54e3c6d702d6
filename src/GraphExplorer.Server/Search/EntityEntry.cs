namespace GraphExplorer.Server.Search;

/// <summary>An entity as the search index knows it; also the answer of <c>GET /api/entities</c>.</summary>
public sealed record EntityEntry([property: Newtonsoft.Json.JsonIgnore, System.Text.Json.Serialization.JsonIgnore] long Id, string Key, string Name, string Type, IReadOnlyList<string> Aliases, long Degree);
