using GraphExplorer.Cypher.Execution.Aggregation;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// Groups rows by the key slots and computes the aggregates per group; groups come out in first-seen
/// order. Without keys there is exactly one group, even for no input rows.
/// </summary>
public sealed class Aggregate(int[] keySlots, Evaluator[] keys, AggregateSpec[] aggregates, string description) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        var groups = new Dictionary<object?[], Aggregator[]>(RowKeyComparer.Instance);
        foreach (var row in input)
        {
            context.Tick();
            var key = new object?[keys.Length];
            for (var i = 0; i < keys.Length; i++) key[i] = keys[i](row, context);
            if (!groups.TryGetValue(key, out var state))
            {
                state = new Aggregator[aggregates.Length];
                for (var i = 0; i < aggregates.Length; i++) state[i] = aggregates[i].Create();
                groups.Add(key, state);
            }
            for (var i = 0; i < aggregates.Length; i++)
            {
                var spec = aggregates[i];
                var target = state[i] is DistinctAggregator distinct ? distinct.Inner : state[i];
                if (spec.Percentile is not null && target is PercentileAggregator percentile)
                    percentile.SetPercentile(spec.Percentile(row, context));
                state[i].Add(spec.Argument is null ? true : spec.Argument(row, context));
            }
        }
        if (groups.Count == 0 && keys.Length == 0)
        {
            var state = new Aggregator[aggregates.Length];
            for (var i = 0; i < aggregates.Length; i++) state[i] = aggregates[i].Create();
            groups.Add([], state);
        }
        foreach (var (key, state) in groups)
        {
            var next = context.NewRow();
            for (var i = 0; i < keySlots.Length; i++) next[keySlots[i]] = key[i];
            for (var i = 0; i < aggregates.Length; i++) next[aggregates[i].Slot] = state[i].Result();
            yield return next;
        }
    }

    public override string Describe() => $"EagerAggregation({description})";
}
