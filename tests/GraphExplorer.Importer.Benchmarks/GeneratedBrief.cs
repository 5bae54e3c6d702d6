namespace GraphExplorer.Importer.Benchmarks;

/// <summary>One generated brief: its name, text and the bytes the importer reads.</summary>
internal sealed record GeneratedBrief(string FileName, string Text, byte[] Content);
