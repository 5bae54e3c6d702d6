namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>percentileCont / percentileDisc over the non-null numeric values.</summary>
public sealed class PercentileAggregator(bool continuous) : Aggregator
{
    private readonly List<double> _values = [];
    private bool _allIntegers = true;
    private double _percentile = double.NaN;

    public void SetPercentile(object? value)
    {
        if (!double.IsNaN(_percentile)) return;
        _percentile = value switch
        {
            long l => l,
            double d => d,
            _ => throw CypherTypeError.InvalidArgument("The percentile must be a number"),
        };
        if (_percentile < 0 || _percentile > 1)
            throw new Graph.GraphDatabaseException(Graph.StatusCodes.ArgumentError, "The percentile must be between 0.0 and 1.0", "NumberOutOfRange");
    }

    public override void Add(object? value)
    {
        switch (value)
        {
            case null: return;
            case long l: _values.Add(l); break;
            case double d: _values.Add(d); _allIntegers = false; break;
            default: throw CypherTypeError.InvalidArgument("percentile functions need numbers");
        }
    }

    public override object? Result()
    {
        if (_values.Count == 0) return null;
        _values.Sort();
        if (continuous)
        {
            var position = _percentile * (_values.Count - 1);
            var lower = (int)Math.Floor(position);
            var upper = (int)Math.Ceiling(position);
            return _values[lower] + (_values[upper] - _values[lower]) * (position - lower);
        }
        var index = _percentile == 0 ? 0 : (int)Math.Ceiling(_percentile * _values.Count) - 1;
        var result = _values[Math.Clamp(index, 0, _values.Count - 1)];
        return _allIntegers ? (long)result : result;
    }

    public override void Merge(Aggregator other)
    {
        var percentile = (PercentileAggregator)other;
        _values.AddRange(percentile._values);
        _allIntegers &= percentile._allIntegers;
        if (double.IsNaN(_percentile)) _percentile = percentile._percentile;
    }
}
