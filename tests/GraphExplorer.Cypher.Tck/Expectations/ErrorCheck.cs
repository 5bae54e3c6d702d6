namespace GraphExplorer.Cypher.Tck.Expectations;

/// <summary>How a raised error compared with the expected one; the scenario passes on type and phase.</summary>
public sealed record ErrorCheck(bool TypeMatches, bool PhaseMatches, bool DetailMatches, string Description)
{
    public bool Passed => TypeMatches && PhaseMatches;
}
