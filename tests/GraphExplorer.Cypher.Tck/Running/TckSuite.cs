using GraphExplorer.Cypher.Tck.Features;

namespace GraphExplorer.Cypher.Tck.Running;

/// <summary>
/// Runs scenarios side by side, each on its own thread with a large stack (deep recursion in the engine must
/// fail the scenario, not the process) and a time limit: a scenario still running at the limit is cancelled
/// and counted as failed, and its thread is left behind as a background thread.
/// </summary>
public sealed class TckSuite(ScenarioRunner runner, Exclusions exclusions, TimeSpan timeout, int parallelism)
{
    private const int StackSize = 64 * 1024 * 1024;

    public IReadOnlyList<ScenarioOutcome> Run(IReadOnlyList<TckScenario> scenarios)
    {
        var outcomes = new ScenarioOutcome[scenarios.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        Parallel.For(0, scenarios.Count, options, i => outcomes[i] = RunOne(scenarios[i]));
        return outcomes;
    }

    public ScenarioOutcome RunOne(TckScenario scenario)
    {
        var reason = exclusions.ReasonFor(scenario.Key);
        if (reason is not null) return new ScenarioOutcome(scenario, ScenarioStatus.Excluded, "excluded", reason);

        // Not disposed on timeout: the abandoned thread may still look at its token.
        var cancellation = new CancellationTokenSource();
        ScenarioOutcome? outcome = null;
        var thread = new Thread(() => outcome = runner.Run(scenario, cancellation.Token), StackSize)
        {
            IsBackground = true,
            Name = "TCK " + scenario.Key,
        };
        thread.Start();
        if (thread.Join(timeout))
        {
            cancellation.Dispose();
            return outcome!;
        }
        cancellation.Cancel();
        thread.Join(TimeSpan.FromSeconds(1));
        return ScenarioOutcome.Fail(scenario, "timeout", $"still running after {timeout.TotalSeconds:0} s");
    }
}
