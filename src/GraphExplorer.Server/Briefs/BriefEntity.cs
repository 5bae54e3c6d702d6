namespace GraphExplorer.Server.Briefs;

/// <summary>An entity a brief mentions, with the indexes of the sentences that mention it.</summary>
public sealed record BriefEntity(string? Key, string? Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<long> Sentences);
