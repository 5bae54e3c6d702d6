namespace GraphExplorer.Benchmarks.Data;

/// <summary>One node CSV: its path relative to the data folder, and its row count.</summary>
public sealed record NodeFile(string File, int Rows);
