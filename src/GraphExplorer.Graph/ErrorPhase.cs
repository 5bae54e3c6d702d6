namespace GraphExplorer.Graph;

/// <summary>When an error was found, in the TCK's terms.</summary>
public enum ErrorPhase
{
    CompileTime,
    Runtime,
}
