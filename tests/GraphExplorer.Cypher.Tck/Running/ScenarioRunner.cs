using System.Text.RegularExpressions;
using GraphExplorer.Cypher.Tck.Expectations;
using GraphExplorer.Cypher.Tck.Features;
using GraphExplorer.Cypher.Tck.Values;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tck.Running;

/// <summary>
/// Runs one scenario's steps, in order, on a fresh database, as the TCK describes them. Any step that does
/// not hold ends the scenario with a <see cref="ScenarioFailure"/>; anything else the engine throws is a
/// failure too, never a crash of the run.
/// </summary>
public sealed partial class ScenarioRunner(Func<IGraphDatabase> createDatabase, NamedGraphs namedGraphs)
{
    [GeneratedRegex(@"^the (?<name>[\w-]+) graph$")]
    private static partial Regex NamedGraphStep();

    public ScenarioOutcome Run(TckScenario scenario, CancellationToken cancellation)
    {
        try
        {
            using var database = createDatabase();
            var context = new ScenarioContext(database, cancellation)
            {
                TracksSideEffects = scenario.Steps.Any(s => s.Text.Trim() is "no side effects" or "the side effects should be:"),
            };
            foreach (var step in scenario.Steps) Execute(step, context);
            return ScenarioOutcome.Pass(scenario, context.ErrorDetailMatched, context.ErrorDetailNote);
        }
        catch (ScenarioFailure failure)
        {
            return ScenarioOutcome.Fail(scenario, failure.Cause, failure.Message);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return ScenarioOutcome.Fail(scenario, "timeout", "cancelled after the scenario timeout");
        }
        catch (Exception error)
        {
            return ScenarioOutcome.Fail(scenario, "engine threw " + FailureCause.Of(error), error.ToString());
        }
    }

    private void Execute(TckStep step, ScenarioContext context)
    {
        var text = step.Text.Trim();
        switch (text)
        {
            case "an empty graph" or "any graph":
                return;
            case "having executed:":
                RunSetup(Required(step.DocString, step), context);
                return;
            case "parameters are:":
                foreach (var row in Required(step.Table, step))
                    context.Parameters[row[0]] = Parse(row[1], "parameter");
                return;
            case "executing query:":
                if (context.TracksSideEffects) context.Before = CaptureState(context, "before the query");
                context.Query = QueryOutcome.Execute(context.Database, Required(step.DocString, step), context.Parameters, context.Cancellation);
                return;
            case "executing control query:":
                context.Query = QueryOutcome.Execute(context.Database, Required(step.DocString, step), context.Parameters, context.Cancellation);
                return;
            case "the result should be empty":
                CheckResult(ExpectedResult.Empty, context);
                return;
            case "the result should be, in any order:":
                CheckResult(ExpectedTable(step, ordered: false, ignoreListOrder: false), context);
                return;
            case "the result should be, in order:":
                CheckResult(ExpectedTable(step, ordered: true, ignoreListOrder: false), context);
                return;
            case "the result should be (ignoring element order for lists):":
                CheckResult(ExpectedTable(step, ordered: false, ignoreListOrder: true), context);
                return;
            case "the result should be, in order (ignoring element order for lists):":
                CheckResult(ExpectedTable(step, ordered: true, ignoreListOrder: true), context);
                return;
            case "no side effects":
                CheckSideEffects(SideEffects.None, context);
                return;
            case "the side effects should be:":
                CheckSideEffects(SideEffects.FromTable(Required(step.Table, step)), context);
                return;
        }
        var namedGraph = NamedGraphStep().Match(text);
        if (namedGraph.Success)
        {
            CreateNamedGraph(namedGraph.Groups["name"].Value, context);
            return;
        }
        var expectedError = ExpectedError.TryParse(text);
        if (expectedError is not null)
        {
            CheckError(expectedError, context);
            return;
        }
        throw new ScenarioFailure("unsupported step: " + FailureCause.Of(text), $"line {step.Line}: unsupported step '{text}'");
    }

    private void CreateNamedGraph(string name, ScenarioContext context)
    {
        try
        {
            namedGraphs.Create(name, context.Database, context.Cancellation);
        }
        catch (FileNotFoundException error)
        {
            throw new ScenarioFailure("named graph not found", error.Message + ": " + error.FileName);
        }
        catch (GraphDatabaseException error)
        {
            throw new ScenarioFailure("named graph setup failed: " + FailureCause.Of(error),
                $"creating the {name} graph failed with {error.StatusCode}: {error.Message}");
        }
    }

    private static void RunSetup(string query, ScenarioContext context)
    {
        try
        {
            using var result = context.Database.Run(query, context.Parameters, AccessMode.Write, context.Cancellation);
            foreach (var _ in result) { }
        }
        catch (GraphDatabaseException error)
        {
            throw new ScenarioFailure("setup query failed: " + FailureCause.Of(error),
                $"setup query failed with {error.StatusCode}: {error.Message}\n{query}");
        }
    }

    private static void CheckResult(ExpectedResult expected, ScenarioContext context)
    {
        var query = context.Query ?? throw new ScenarioFailure("result expected before any query", "no query was executed");
        if (query.Error is { } error)
        {
            throw new ScenarioFailure("unexpected error " + FailureCause.Of(error),
                $"unexpected {error.StatusCode} ({error.Phase}, {error.Detail}): {error.Message}");
        }
        var mismatch = expected.Check(query.Columns, query.Rows);
        if (mismatch is not null)
            throw new ScenarioFailure(mismatch.StartsWith("columns", StringComparison.Ordinal) ? "columns differ" : "rows differ", mismatch);
    }

    private static void CheckSideEffects(SideEffects expected, ScenarioContext context)
    {
        var before = context.Before ?? throw new ScenarioFailure("side effects checked before any query", "no query was executed");
        var actual = SideEffects.Between(before, CaptureState(context, "after the query"));
        if (actual != expected)
            throw new ScenarioFailure("side effects differ", $"side effects differ: expected {expected}; got {actual}");
    }

    private static void CheckError(ExpectedError expected, ScenarioContext context)
    {
        var query = context.Query ?? throw new ScenarioFailure("error expected before any query", "no query was executed");
        if (query.Error is null)
        {
            throw new ScenarioFailure($"expected {expected.Type} not raised",
                $"expected {expected.Type} ({expected.Detail}) but the query returned {query.Rows.Count} row(s)");
        }
        var check = expected.Check(query.Error);
        if (!check.Passed)
        {
            var part = check.TypeMatches ? "phase" : "type";
            throw new ScenarioFailure($"wrong error {part}: expected {expected.Type} at {expected.Timing}, got {query.Error.StatusCode} at {query.Error.Phase}",
                check.Description);
        }
        context.ErrorDetailMatched = check.DetailMatches;
        if (!check.DetailMatches) context.ErrorDetailNote = check.Description;
    }

    private static GraphState CaptureState(ScenarioContext context, string when)
    {
        try
        {
            return GraphState.Capture(context.Database, context.Cancellation);
        }
        catch (Exception error) when (error is GraphDatabaseException or InvalidDataException)
        {
            throw new ScenarioFailure("graph state query failed: " + FailureCause.Of(error),
                $"could not read the graph {when}: {error.Message}");
        }
    }

    private static ExpectedResult ExpectedTable(TckStep step, bool ordered, bool ignoreListOrder)
    {
        try
        {
            return ExpectedResult.FromTable(Required(step.Table, step), ordered, ignoreListOrder);
        }
        catch (TckValueFormatException error)
        {
            throw new ScenarioFailure("unreadable expected value", error.Message);
        }
    }

    private static object? Parse(string literal, string what)
    {
        try
        {
            return TckValueParser.Parse(literal);
        }
        catch (TckValueFormatException error)
        {
            throw new ScenarioFailure($"unreadable {what}", error.Message);
        }
    }

    private static T Required<T>(T? value, TckStep step) where T : class =>
        value ?? throw new ScenarioFailure("malformed step", $"line {step.Line}: '{step.Text}' needs a doc string or table");
}
