namespace GraphExplorer.Importer.Gazetteers;

/// <summary>A title such as "Prime Minister" and the role it implies.</summary>
public sealed record TitleEntry(string Title, TitleRole Role);
