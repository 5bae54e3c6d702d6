namespace GraphExplorer.Cypher.Tck.Running;

/// <summary>Stops a scenario at the step that failed; <see cref="Cause"/> groups it with similar failures.</summary>
public sealed class ScenarioFailure(string cause, string reason) : Exception(reason)
{
    public string Cause { get; } = cause;
}
