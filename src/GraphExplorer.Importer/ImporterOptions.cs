namespace GraphExplorer.Importer;

/// <summary>Limits and settings of <see cref="BriefImporter"/>.</summary>
public sealed record ImporterOptions
{
    /// <summary>Largest brief accepted, in bytes, before decoding (default 1 MB).</summary>
    public long MaxBytes { get; init; } = 1024 * 1024;

    /// <summary>The clock that stamps importedAt, firstSeen and lastSeen.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
