namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>min(x) and max(x) in Cypher's total order, ignoring nulls.</summary>
public sealed class ExtremeAggregator(bool maximum) : Aggregator
{
    private object? _best;

    public override void Add(object? value)
    {
        if (value is null) return;
        if (_best is null) { _best = value; return; }
        var c = CypherComparer.OrderCompare(value, _best);
        if (maximum ? c > 0 : c < 0) _best = value;
    }

    public override object? Result() => _best;

    public override void Merge(Aggregator other) => Add(((ExtremeAggregator)other)._best);
}
