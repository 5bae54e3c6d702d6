namespace GraphExplorer.Importer.Model;

/// <summary>A sentence of a brief, with its character offsets [Start, End) in the brief's text.</summary>
public sealed record BriefSentence(int Index, string Section, int Start, int End, string Text);
