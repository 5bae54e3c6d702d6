namespace GraphExplorer.Importer;

/// <summary>
/// A brief received as bytes (an upload) rather than read from a path. <see cref="PublishedAt"/>, when the caller
/// knows it, is stored as the brief's publication time in place of any dateline in the text.
/// </summary>
public sealed record BriefUpload(string FileName, byte[] Content, DateTimeOffset? PublishedAt = null);
