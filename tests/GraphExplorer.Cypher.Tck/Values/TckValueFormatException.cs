namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>A table cell that is not a TCK value literal.</summary>
public sealed class TckValueFormatException(string text, int position, string problem)
    : Exception($"Bad TCK value '{text}' at {position}: {problem}");
