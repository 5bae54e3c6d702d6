namespace GraphExplorer.Cypher.Tck.Features;

/// <summary>
/// One runnable scenario: a plain scenario, or one Examples row of a Scenario Outline.
/// <see cref="FeaturePath"/> is relative to the features folder, with forward slashes; <see cref="Line"/> is
/// the line of the Scenario (Outline) keyword, and an outline's name says which Examples row it runs.
/// </summary>
public sealed record TckScenario(string FeaturePath, string Name, int Line, IReadOnlyList<string> Tags, IReadOnlyList<TckStep> Steps)
{
    /// <summary>The folder the report groups by, e.g. "clauses/match".</summary>
    public string Folder => FeaturePath.Contains('/') ? FeaturePath[..FeaturePath.LastIndexOf('/')] : ".";

    /// <summary>Identifies the scenario in exclusions and failure listings.</summary>
    public string Key => $"{FeaturePath}:{Line} {Name}";
}
