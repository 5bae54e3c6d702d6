namespace GraphExplorer.Cypher.Tck.Features;

/// <summary>One Gherkin step with its doc string or data table, outline placeholders already substituted.</summary>
public sealed record TckStep(string Text, string? DocString, IReadOnlyList<IReadOnlyList<string>>? Table, int Line);
