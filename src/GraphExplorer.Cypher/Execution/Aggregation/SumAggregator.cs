using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>
/// sum(x): integer while every value is an integer, float once one is a float; 0 for no values. Durations sum to a
/// duration, and may not be mixed with numbers.
/// </summary>
public sealed class SumAggregator : Aggregator
{
    private object? _sum = 0L;
    private bool _any;

    public override void Add(object? value)
    {
        if (value is null) return;
        if (value is not (long or double or DurationValue)) throw CypherTypeError.InvalidArgument($"sum() cannot add a {CypherTypeError.TypeName(value)}");
        if (!_any && value is DurationValue) _sum = new DurationValue(0, 0, 0, 0);
        _any = true;
        _sum = Arithmetic.Add(_sum, value);
    }

    public override object? Result() => _sum;

    public override void Merge(Aggregator other)
    {
        var sum = (SumAggregator)other;
        if (!sum._any) return;
        _sum = _any ? Arithmetic.Add(_sum, sum._sum) : sum._sum;
        _any = true;
    }
}
