namespace GraphExplorer.Cypher.Execution.Aggregation;

/// <summary>The running state of one aggregate function for one group.</summary>
public abstract class Aggregator
{
    public abstract void Add(object? value);

    /// <summary>Folds in the state of another aggregator of the same function (two partial groups that turn out to be one).</summary>
    public abstract void Merge(Aggregator other);

    public abstract object? Result();
}
