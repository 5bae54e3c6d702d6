namespace GraphExplorer.Importer.Gazetteers;

/// <summary>One surface form of a gazetteer entity.</summary>
public sealed record GazetteerForm(GazetteerEntry Entry, FormKind Kind);
