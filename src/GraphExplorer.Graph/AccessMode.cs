namespace GraphExplorer.Graph;

/// <summary>Whether a transaction may write. A write query in a read transaction fails before it changes anything.</summary>
public enum AccessMode
{
    Read,
    Write,
}
