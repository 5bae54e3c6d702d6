namespace GraphExplorer.Server.Relationships;

public sealed record EvidenceBrief(string? Key, string? Title, string? File);
