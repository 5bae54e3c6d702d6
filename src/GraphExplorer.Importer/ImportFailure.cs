namespace GraphExplorer.Importer;

/// <summary>A file of a multi-file import that was not imported, and why.</summary>
public sealed record ImportFailure(string File, string Reason);
