namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>One aggregate of a projection: which function, its argument, and the slot its result goes to.</summary>
public sealed record AggregateSpec(int Slot, string Function, bool Distinct, Evaluator? Argument, Evaluator? Percentile)
{
    public static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "count", "sum", "avg", "min", "max", "collect", "percentileCont", "percentileDisc", "stDev", "stDevP",
    };

    public Aggregator Create()
    {
        Aggregator aggregator = Function.ToLowerInvariant() switch
        {
            "count" => new CountAggregator(),
            "sum" => new SumAggregator(),
            "avg" => new AverageAggregator(),
            "min" => new ExtremeAggregator(false),
            "max" => new ExtremeAggregator(true),
            "collect" => new CollectAggregator(),
            "percentilecont" => new PercentileAggregator(true),
            "percentiledisc" => new PercentileAggregator(false),
            "stdev" => new StandardDeviationAggregator(false),
            "stdevp" => new StandardDeviationAggregator(true),
            _ => throw new InvalidOperationException(Function),
        };
        return Distinct ? new DistinctAggregator(aggregator) : aggregator;
    }
}
