namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>stDev (sample) and stDevP (population) over the non-null numeric values.</summary>
public sealed class StandardDeviationAggregator(bool population) : Aggregator
{
    private readonly List<double> _values = [];

    public override void Add(object? value)
    {
        switch (value)
        {
            case null: return;
            case long l: _values.Add(l); break;
            case double d: _values.Add(d); break;
            default: throw CypherTypeError.InvalidArgument("stDev needs numbers");
        }
    }

    public override object? Result()
    {
        var n = _values.Count;
        if (n == 0 || (!population && n == 1)) return 0.0;
        var mean = 0.0;
        foreach (var v in _values) mean += v;
        mean /= n;
        var sum = 0.0;
        foreach (var v in _values) sum += (v - mean) * (v - mean);
        return Math.Sqrt(sum / (population ? n : n - 1));
    }

    public override void Merge(Aggregator other) => _values.AddRange(((StandardDeviationAggregator)other)._values);
}
