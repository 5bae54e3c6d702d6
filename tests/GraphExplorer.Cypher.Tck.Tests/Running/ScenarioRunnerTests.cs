using GraphExplorer.Cypher.Tck.Features;
using GraphExplorer.Cypher.Tck.Running;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tck.Tests.Running;

public class ScenarioRunnerTests
{
    private const string ReturnOne = """"
        Feature: F
          Scenario: return one
            Given an empty graph
            And parameters are:
              | p | [1, 'a'] |
            When executing query:
              """
              RETURN 1 AS x
              """
            Then the result should be, in any order:
              | x |
              | 1 |
            And no side effects
        """";

    private const string ExpectsError = """"
        Feature: F
          Scenario: undefined variable
            Given any graph
            When executing query:
              """
              RETURN x
              """
            Then a SyntaxError should be raised at compile time: UndefinedVariable
        """";

    private static ScenarioOutcome Run(string feature, Func<string, IReadOnlyDictionary<string, object?>?, CancellationToken, IQueryResult> answer,
        TimeSpan? timeout = null)
    {
        var scenario = FeatureLoader.Load("clauses/test/F.feature", feature).Single();
        var runner = new ScenarioRunner(() => new ScriptedDatabase(answer), new NamedGraphs("/nonexistent"));
        return new TckSuite(runner, Exclusions.None, timeout ?? TimeSpan.FromSeconds(10), 1).RunOne(scenario);
    }

    [Fact]
    public void PassesWhenTheRowsMatchAndPassesParameters()
    {
        IReadOnlyDictionary<string, object?>? seen = null;
        var outcome = Run(ReturnOne, (_, p, _) =>
        {
            seen = p;
            return new ScriptedResult(["x"], [[1L]]);
        });
        Assert.Equal(ScenarioStatus.Passed, outcome.Status);
        Assert.Equal(new List<object?> { 1L, "a" }, seen!["p"]);
    }

    [Fact]
    public void FailsWhenTheRowsDiffer()
    {
        var outcome = Run(ReturnOne, (_, _, _) => new ScriptedResult(["x"], [[2L]]));
        Assert.Equal(ScenarioStatus.Failed, outcome.Status);
        Assert.Equal("rows differ", outcome.Cause);
    }

    [Fact]
    public void FailsOnAnUnexpectedError()
    {
        var outcome = Run(ReturnOne, (_, _, _) => throw new GraphDatabaseException(StatusCodes.SyntaxError, "nope"));
        Assert.Equal(ScenarioStatus.Failed, outcome.Status);
        Assert.StartsWith("unexpected error", outcome.Cause);
    }

    [Fact]
    public void AnEngineCrashFailsTheScenarioOnly()
    {
        var outcome = Run(ReturnOne, (_, _, _) => throw new InvalidCastException("boom"));
        Assert.Equal(ScenarioStatus.Failed, outcome.Status);
        Assert.Contains("InvalidCastException", outcome.Cause);
    }

    [Fact]
    public void AHangingQueryIsCountedAsFailed()
    {
        var outcome = Run(ReturnOne, (_, _, _) =>
        {
            Thread.Sleep(Timeout.Infinite);
            return ScriptedResult.Empty;
        }, TimeSpan.FromMilliseconds(200));
        Assert.Equal(ScenarioStatus.Failed, outcome.Status);
        Assert.Equal("timeout", outcome.Cause);
    }

    [Fact]
    public void PassesOnTheExpectedErrorAndRecordsTheDetail()
    {
        var outcome = Run(ExpectsError, (_, _, _) =>
            throw new GraphDatabaseException(StatusCodes.SyntaxError, "x undefined", "UndefinedVariable", ErrorPhase.CompileTime));
        Assert.Equal(ScenarioStatus.Passed, outcome.Status);
        Assert.True(outcome.ErrorDetailMatched);
    }

    [Fact]
    public void PassesOnAnotherDetailButSaysSo()
    {
        var outcome = Run(ExpectsError, (_, _, _) =>
            throw new GraphDatabaseException(StatusCodes.SyntaxError, "x?", "VariableTypeConflict", ErrorPhase.CompileTime));
        Assert.Equal(ScenarioStatus.Passed, outcome.Status);
        Assert.False(outcome.ErrorDetailMatched);
        Assert.Contains("VariableTypeConflict", outcome.Reason);
    }

    [Fact]
    public void FailsOnTheRightErrorInTheWrongPhase()
    {
        var outcome = Run(ExpectsError, (_, _, _) =>
            throw new GraphDatabaseException(StatusCodes.SyntaxError, "x undefined", "UndefinedVariable", ErrorPhase.Runtime));
        Assert.Equal(ScenarioStatus.Failed, outcome.Status);
        Assert.StartsWith("wrong error phase", outcome.Cause);
    }

    [Fact]
    public void FailsWhenTheExpectedErrorIsNotRaised()
    {
        var outcome = Run(ExpectsError, (_, _, _) => new ScriptedResult(["x"], [[null]]));
        Assert.Equal(ScenarioStatus.Failed, outcome.Status);
        Assert.Contains("not raised", outcome.Cause);
    }

    [Fact]
    public void FailsOnAStepItDoesNotKnow()
    {
        var feature = ReturnOne.Replace("Given an empty graph", "Given there exists a procedure test.doNothing() :: ():");
        var outcome = Run(feature, (_, _, _) => new ScriptedResult(["x"], [[1L]]));
        Assert.Equal(ScenarioStatus.Failed, outcome.Status);
        Assert.StartsWith("unsupported step", outcome.Cause);
    }
}
