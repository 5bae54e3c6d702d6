using GraphExplorer.Cypher.Tck.Expectations;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tck.Running;

/// <summary>The state one scenario builds up step by step.</summary>
public sealed class ScenarioContext(IGraphDatabase database, CancellationToken cancellation)
{
    public IGraphDatabase Database { get; } = database;
    public CancellationToken Cancellation { get; } = cancellation;
    public Dictionary<string, object?> Parameters { get; } = new(StringComparer.Ordinal);
    public bool TracksSideEffects { get; init; }
    public GraphState? Before { get; set; }
    public QueryOutcome? Query { get; set; }
    public bool? ErrorDetailMatched { get; set; }
    public string? ErrorDetailNote { get; set; }
}
