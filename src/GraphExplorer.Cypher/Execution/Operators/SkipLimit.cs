using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>SKIP and LIMIT: the count is computed once, must be a non-negative integer; LIMIT stops pulling upstream.</summary>
public sealed class SkipLimit(Evaluator? skip, Evaluator? limit) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        var toSkip = skip is null ? 0 : Count(skip, context, "SKIP");
        var toTake = limit is null ? long.MaxValue : Count(limit, context, "LIMIT");
        return Run(input, toSkip, toTake);
    }

    private static IEnumerable<object?[]> Run(IEnumerable<object?[]> input, long toSkip, long toTake)
    {
        if (toTake == 0) yield break;
        foreach (var row in input)
        {
            if (toSkip > 0) { toSkip--; continue; }
            yield return row;
            if (--toTake == 0) yield break;
        }
    }

    private static long Count(Evaluator evaluator, QueryContext context, string clause) =>
        Validate(evaluator(context.NewRow(), context), clause, ErrorPhase.Runtime);

    /// <summary>Checks a SKIP or LIMIT count; literals are checked at compile time, parameters when the query runs.</summary>
    public static long Validate(object? value, string clause, ErrorPhase phase)
    {
        if (value is not long count)
            throw new GraphDatabaseException(StatusCodes.SyntaxError, $"{clause} must be a non-negative integer", "InvalidArgumentType", phase);
        if (count < 0)
            throw new GraphDatabaseException(StatusCodes.SyntaxError, $"{clause} must be a non-negative integer", "NegativeIntegerArgument", phase);
        return count;
    }

    public override string Describe() => skip is null ? "Limit" : limit is null ? "Skip" : "Skip+Limit";
}
