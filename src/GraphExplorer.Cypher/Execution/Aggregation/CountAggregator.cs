namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>count(x) counts non-null values; count(*) counts rows (it is given a non-null marker per row).</summary>
public sealed class CountAggregator : Aggregator
{
    private long _count;

    public override void Add(object? value)
    {
        if (value is not null) _count++;
    }

    public override object? Result() => _count;

    public override void Merge(Aggregator other) => _count += ((CountAggregator)other)._count;
}
