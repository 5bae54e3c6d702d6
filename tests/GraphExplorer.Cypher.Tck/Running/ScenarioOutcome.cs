using GraphExplorer.Cypher.Tck.Features;

namespace GraphExplorer.Cypher.Tck.Running;

/// <summary>
/// How one scenario ended. <see cref="Cause"/> is a short, value-free summary used to group failures;
/// <see cref="Reason"/> has the details. <see cref="ErrorDetailMatched"/> is set for scenarios that expect
/// an error and got the right type and phase: whether the TCK detail (e.g. UndefinedVariable) matched too.
/// </summary>
public sealed record ScenarioOutcome(TckScenario Scenario, ScenarioStatus Status, string? Cause = null, string? Reason = null,
    bool? ErrorDetailMatched = null)
{
    /// <param name="note">For an expected error whose TCK detail did not match: what was raised instead.</param>
    public static ScenarioOutcome Pass(TckScenario scenario, bool? errorDetailMatched = null, string? note = null) =>
        new(scenario, ScenarioStatus.Passed, Reason: note, ErrorDetailMatched: errorDetailMatched);

    public static ScenarioOutcome Fail(TckScenario scenario, string cause, string reason) =>
        new(scenario, ScenarioStatus.Failed, cause, reason);
}
