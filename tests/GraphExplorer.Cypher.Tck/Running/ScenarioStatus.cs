namespace GraphExplorer.Cypher.Tck.Running;

public enum ScenarioStatus
{
    Passed,
    Failed,
    Excluded,
}
