namespace GraphExplorer.Importer;

/// <summary>A brief received as bytes (an upload) rather than read from a path.</summary>
public sealed record BriefUpload(string FileName, byte[] Content);
