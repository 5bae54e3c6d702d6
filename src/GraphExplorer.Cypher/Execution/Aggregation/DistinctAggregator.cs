namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>The DISTINCT form of an aggregate: each equivalent value reaches the inner aggregator once.</summary>
public sealed class DistinctAggregator(Aggregator inner) : Aggregator
{
    public Aggregator Inner { get; } = inner;

    private readonly HashSet<object?> _seen = new(ValueEquivalence.Instance);

    public override void Add(object? value)
    {
        if (value is not null && _seen.Add(value)) Inner.Add(value);
    }

    public override object? Result() => Inner.Result();

    public override void Merge(Aggregator other)
    {
        foreach (var value in ((DistinctAggregator)other)._seen) Add(value);
    }
}
