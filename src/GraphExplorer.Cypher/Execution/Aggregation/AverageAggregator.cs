namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>avg(x): a float, null for no values.</summary>
public sealed class AverageAggregator : Aggregator
{
    private double _sum;
    private long _count;

    public override void Add(object? value)
    {
        switch (value)
        {
            case null: return;
            case long l: _sum += l; break;
            case double d: _sum += d; break;
            default: throw CypherTypeError.InvalidArgument($"avg() cannot average a {CypherTypeError.TypeName(value)}");
        }
        _count++;
    }

    public override object? Result() => _count == 0 ? null : _sum / _count;

    public override void Merge(Aggregator other)
    {
        var average = (AverageAggregator)other;
        _sum += average._sum;
        _count += average._count;
    }
}
