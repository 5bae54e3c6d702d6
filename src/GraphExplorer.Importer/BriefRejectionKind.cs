namespace GraphExplorer.Importer;

/// <summary>Why a file is not accepted as a brief (the server answers 413 for <see cref="TooLarge"/>, 400 otherwise).</summary>
public enum BriefRejectionKind
{
    Empty,
    TooLarge,
    Binary,
    NotPlainText,
    Unreadable,
}
