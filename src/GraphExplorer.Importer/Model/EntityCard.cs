namespace GraphExplorer.Importer.Model;

/// <summary>An entry of "More on these topics": the entity's name as the card opens, and the card's text.</summary>
public sealed record EntityCard(string Name, string Text, int Start, int End);
