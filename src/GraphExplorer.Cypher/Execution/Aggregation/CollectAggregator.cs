namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>collect(x): the non-null values, in row order.</summary>
public sealed class CollectAggregator : Aggregator
{
    private readonly List<object?> _items = [];

    public override void Add(object? value)
    {
        if (value is not null) _items.Add(value);
    }

    public override object? Result() => _items;

    public override void Merge(Aggregator other) => _items.AddRange(((CollectAggregator)other)._items);
}
