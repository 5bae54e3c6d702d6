namespace GraphExplorer.Server.Relationships;

public sealed record OutletView(string? Key, string? Name);
