namespace GraphExplorer.Importer;

/// <summary>A file that is not a brief the importer can read; the message names the file and the reason.</summary>
public sealed class BriefRejectedException : Exception
{
    public BriefRejectedException(string file, BriefRejectionKind kind, string reason, Exception? inner = null)
        : base($"{file}: {reason}", inner)
    {
        File = file;
        Kind = kind;
        Reason = reason;
    }

    public string File { get; }
    public BriefRejectionKind Kind { get; }
    public string Reason { get; }
}
