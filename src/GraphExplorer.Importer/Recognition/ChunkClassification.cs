using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Recognition;

/// <summary>What a run of capitalised words was taken for: its type, where the name starts (after a title), the title.</summary>
public sealed record ChunkClassification(EntityType Type, int NameStart, int TitleStart, TitleEntry? Title, bool Tentative);
