namespace GraphExplorer.Server.Hubs;

/// <summary>What <c>importProgress</c> carries during a multi-file import.</summary>
public sealed record ImportProgressMessage(int Done, int Total, string File);
