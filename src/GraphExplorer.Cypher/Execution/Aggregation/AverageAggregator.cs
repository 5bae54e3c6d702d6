using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>avg(x): a float, null for no values; the average of durations is a duration.</summary>
public sealed class AverageAggregator : Aggregator
{
    private double _sum;
    private DurationValue? _durations;
    private long _count;

    public override void Add(object? value)
    {
        switch (value)
        {
            case null: return;
            case long l when _durations is null: _sum += l; break;
            case double d when _durations is null: _sum += d; break;
            case DurationValue d when _count == 0 || _durations is not null:
                _durations = _durations is null ? d : (DurationValue)Arithmetic.Add(_durations, d)!;
                break;
            case long or double or DurationValue: throw CypherTypeError.InvalidArgument("avg() cannot average durations with numbers");
            default: throw CypherTypeError.InvalidArgument($"avg() cannot average a {CypherTypeError.TypeName(value)}");
        }
        _count++;
    }

    public override object? Result() => _count == 0 ? null : _durations is null ? _sum / _count : Arithmetic.Divide(_durations, _count);

    public override void Merge(Aggregator other)
    {
        var average = (AverageAggregator)other;
        if (average._count == 0) return;
        if (_count > 0 && (_durations is null) != (average._durations is null))
            throw CypherTypeError.InvalidArgument("avg() cannot average durations with numbers");
        _sum += average._sum;
        _durations = _durations is null ? average._durations : (DurationValue)Arithmetic.Add(_durations, average._durations)!;
        _count += average._count;
    }
}
