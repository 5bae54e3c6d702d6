using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Recognition;

/// <summary>A name the brief itself introduces (an entity card, an alias it gives, an acronym in parentheses).</summary>
public sealed record LexiconEntry(string Name, EntityType? Type, GazetteerEntry? Known);
