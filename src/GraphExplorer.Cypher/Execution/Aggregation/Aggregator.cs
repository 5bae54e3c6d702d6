namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>The running state of one aggregate function for one group.</summary>
public abstract class Aggregator
{
    public abstract void Add(object? value);

    public abstract object? Result();
}
