using System.Runtime.InteropServices;
using GraphExplorer.Cypher.Execution.Aggregation;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// Groups rows by the key slots and computes the aggregates per group; groups come out in first-seen
/// order. Without keys there is exactly one group, even for no input rows. When every key is computed
/// from one node or relationship (<c>n</c>, <c>n.name</c>), rows are first grouped by that entity, so keys
/// are computed once per entity rather than once per row; entities with equal keys are merged at the end.
/// When every aggregate is count(*), entities only keep a row counter (no aggregator objects per group).
/// </summary>
public sealed class Aggregate(int[] keySlots, Evaluator[] keys, AggregateSpec[] aggregates, int entitySlot, string description) : Operator
{
    private static readonly object NullEntity = new();
    private static readonly object Row = true;

    private readonly bool _countsRowsOnly = aggregates.Length > 0 && Array.TrueForAll(aggregates,
        spec => spec.Argument is null && !spec.Distinct && string.Equals(spec.Function, "count", StringComparison.OrdinalIgnoreCase));

    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context) =>
        entitySlot < 0 ? ByKey(input, context) : _countsRowsOnly ? CountByEntity(input, context) : ByEntity(input, context);

    private IEnumerable<object?[]> ByKey(IEnumerable<object?[]> input, QueryContext context)
    {
        var groups = new Dictionary<object?[], Aggregator[]>(RowKeyComparer.Instance);
        foreach (var row in input)
        {
            context.Tick();
            var key = new object?[keys.Length];
            for (var i = 0; i < keys.Length; i++) key[i] = keys[i](row, context);
            if (!groups.TryGetValue(key, out var state))
            {
                state = NewState();
                groups.Add(key, state);
            }
            Accumulate(state, row, context);
        }
        if (groups.Count == 0 && keys.Length == 0) groups.Add([], NewState());
        return Emit(groups, context);
    }

    private IEnumerable<object?[]> ByEntity(IEnumerable<object?[]> input, QueryContext context)
    {
        var entities = new Dictionary<object, (object?[] Row, Aggregator[] State)>();
        foreach (var row in input)
        {
            context.Tick();
            var entity = row[entitySlot] ?? NullEntity;
            if (!entities.TryGetValue(entity, out var group))
            {
                group = (row, NewState());
                entities.Add(entity, group);
            }
            Accumulate(group.State, row, context);
        }
        var groups = new Dictionary<object?[], Aggregator[]>(RowKeyComparer.Instance);
        foreach (var (row, state) in entities.Values)
        {
            var key = new object?[keys.Length];
            for (var i = 0; i < keys.Length; i++) key[i] = keys[i](row, context);
            if (!groups.TryGetValue(key, out var existing)) groups.Add(key, state);
            else for (var i = 0; i < state.Length; i++) existing[i].Merge(state[i]);
        }
        return Emit(groups, context);
    }

    private IEnumerable<object?[]> CountByEntity(IEnumerable<object?[]> input, QueryContext context)
    {
        var entities = new Dictionary<object, (object?[] Row, long Count)>();
        foreach (var row in input)
        {
            context.Tick();
            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(entities, row[entitySlot] ?? NullEntity, out var seen);
            if (!seen) group.Row = row;
            group.Count++;
        }
        foreach (var next in EmitCounts(entities.Values, context)) yield return next;
    }

    /// <summary>True when this aggregation only counts rows per entity in the given slot.</summary>
    internal bool CountsRowsPerEntityIn(int slot) => _countsRowsOnly && entitySlot == slot;

    /// <summary>
    /// Computes the keys once per entity (from its first row, read only while it is the current item), merges
    /// entities with equal keys and emits the counts.
    /// </summary>
    internal IEnumerable<object?[]> EmitCounts(IEnumerable<(object?[] Row, long Count)> entities, QueryContext context)
    {
        var groups = new Dictionary<object?[], long>(RowKeyComparer.Instance);
        foreach (var (row, count) in entities)
        {
            var key = new object?[keys.Length];
            for (var i = 0; i < keys.Length; i++) key[i] = keys[i](row, context);
            CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out _) += count;
        }
        foreach (var (key, count) in groups)
        {
            var next = context.NewRow();
            for (var i = 0; i < keySlots.Length; i++) next[keySlots[i]] = key[i];
            object boxed = count;
            foreach (var spec in aggregates) next[spec.Slot] = boxed;
            yield return next;
        }
    }

    private Aggregator[] NewState()
    {
        var state = new Aggregator[aggregates.Length];
        for (var i = 0; i < aggregates.Length; i++) state[i] = aggregates[i].Create();
        return state;
    }

    private void Accumulate(Aggregator[] state, object?[] row, QueryContext context)
    {
        for (var i = 0; i < aggregates.Length; i++)
        {
            var spec = aggregates[i];
            var target = state[i] is DistinctAggregator distinct ? distinct.Inner : state[i];
            if (spec.Percentile is not null && target is PercentileAggregator percentile)
                percentile.SetPercentile(spec.Percentile(row, context));
            state[i].Add(spec.Argument is null ? Row : spec.Argument(row, context));
        }
    }

    private IEnumerable<object?[]> Emit(Dictionary<object?[], Aggregator[]> groups, QueryContext context)
    {
        foreach (var (key, state) in groups)
        {
            var next = context.NewRow();
            for (var i = 0; i < keySlots.Length; i++) next[keySlots[i]] = key[i];
            for (var i = 0; i < aggregates.Length; i++) next[aggregates[i].Slot] = state[i].Result();
            yield return next;
        }
    }

    public override string Describe() => $"EagerAggregation({description})";

    internal string Description => description;
}
