namespace GraphExplorer.Importer;

/// <summary>
/// Reported after each file of a multi-file import: <see cref="Done"/> of <see cref="Total"/> files are
/// finished, the last being <see cref="File"/>, which either gave <see cref="Result"/> or failed with <see cref="Error"/>.
/// </summary>
public sealed record ImportProgress(int Done, int Total, string File, ImportResult? Result, string? Error);
