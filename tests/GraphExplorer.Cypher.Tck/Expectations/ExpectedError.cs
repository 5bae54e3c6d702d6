using System.Text.RegularExpressions;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Tck.Expectations;

/// <summary>
/// "Then a TypeError should be raised at runtime: InvalidArgumentType". The error type is matched against
/// the last part of the Neo4j status code (Neo.ClientError.Statement.TypeError), the timing against the
/// exception's phase, and the detail against <see cref="GraphDatabaseException.Detail"/>. A scenario passes
/// when type and phase match; detail mismatches are reported separately because the TCK names are finer
/// than Neo4j's status codes.
/// </summary>
public sealed partial record ExpectedError(string Type, ErrorTiming Timing, string Detail)
{
    /// <summary>The TCK writes "*" where any detail will do.</summary>
    public const string AnyDetail = "*";

    [GeneratedRegex(@"^an? (?<type>\w+) should be raised at (?<timing>compile time|runtime|any time):\s*(?<detail>\w*|\*)\s*$")]
    private static partial Regex StepPattern();

    public static ExpectedError? TryParse(string stepText)
    {
        var match = StepPattern().Match(stepText);
        if (!match.Success) return null;
        var timing = match.Groups["timing"].Value switch
        {
            "compile time" => ErrorTiming.CompileTime,
            "runtime" => ErrorTiming.Runtime,
            _ => ErrorTiming.AnyTime,
        };
        return new ExpectedError(match.Groups["type"].Value, timing, match.Groups["detail"].Value);
    }

    public ErrorCheck Check(GraphDatabaseException error)
    {
        var typeMatches = TypeMatches(error.StatusCode);
        var phaseMatches = Timing switch
        {
            ErrorTiming.CompileTime => error.Phase == ErrorPhase.CompileTime,
            ErrorTiming.Runtime => error.Phase == ErrorPhase.Runtime,
            _ => true,
        };
        var detailMatches = Detail == AnyDetail || string.Equals(error.Detail, Detail, StringComparison.Ordinal);
        var description = $"expected {Type} at {Timing}: {Detail}; got {error.StatusCode} at {error.Phase}: "
            + $"{error.Detail ?? "(no detail)"} — {error.Message}";
        return new ErrorCheck(typeMatches, phaseMatches, detailMatches, description);
    }

    private bool TypeMatches(string statusCode)
    {
        var parts = statusCode.Split('.');
        if (parts.Length < 4) return false;
        var (category, title) = (parts[2], parts[3]);
        return Type switch
        {
            "ConstraintVerificationFailed" => title is "ConstraintValidationFailed" or "ConstraintVerificationFailed",
            "ProcedureError" => category == "Procedure",
            _ => title == Type,
        };
    }
}
