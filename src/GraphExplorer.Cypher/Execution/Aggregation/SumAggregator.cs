namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>sum(x): integer while every value is an integer, float once one is a float; 0 for no values.</summary>
public sealed class SumAggregator : Aggregator
{
    private object? _sum = 0L;

    public override void Add(object? value)
    {
        if (value is null) return;
        if (value is not (long or double)) throw CypherTypeError.InvalidArgument($"sum() cannot add a {CypherTypeError.TypeName(value)}");
        _sum = Arithmetic.Add(_sum, value);
    }

    public override object? Result() => _sum;

    public override void Merge(Aggregator other) => _sum = Arithmetic.Add(_sum, ((SumAggregator)other)._sum);
}
