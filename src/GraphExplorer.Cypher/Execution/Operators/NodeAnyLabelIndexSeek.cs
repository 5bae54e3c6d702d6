namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// An unlabelled anchored lookup, (n {key: value}): the union of index seeks over every label when each
/// label in use has an index on the key and no node lacks a label; otherwise a scan of all nodes.
/// </summary>
public sealed class NodeAnyLabelIndexSeek(int slot, string key, Evaluator value, string variable) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            var wanted = value(row, context);
            if (wanted is null) continue;
            foreach (var id in Find(context, wanted))
            {
                context.Tick();
                var next = Copy(row);
                next[slot] = new NodeRef(id);
                yield return next;
            }
        }
    }

    private IEnumerable<long> Find(QueryContext context, object wanted)
    {
        var reader = context.Reader;
        var labels = reader.Labels;
        var indexed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in reader.Indexes) if (index.PropertyKey == key) indexed.Add(index.Label);
        long labelled = 0;
        var covered = true;
        foreach (var label in labels)
        {
            if (!indexed.Contains(label)) { covered = false; break; }
            labelled += reader.CountNodesWithLabel(label);
        }
        if (covered && labels.Count > 0 && labelled >= reader.NodeCount && UnlabelledNodesAbsent(reader, labels, labelled))
            return SeekAll(reader, labels, wanted);
        return ScanAll(context, wanted);
    }

    // With one label, its count equal to the node count proves every node carries it. With several labels a
    // node may carry more than one, so the counts only prove it when they cannot overlap.
    private static bool UnlabelledNodesAbsent(Graph.Storage.IGraphReader reader, IReadOnlyCollection<string> labels, long labelled) =>
        labels.Count == 1 ? labelled == reader.NodeCount : reader is Graph.Storage.ILabelStatistics statistics && statistics.UnlabelledNodeCount == 0;

    private IEnumerable<long> SeekAll(Graph.Storage.IGraphReader reader, IReadOnlyCollection<string> labels, object wanted)
    {
        HashSet<long>? seen = labels.Count > 1 ? [] : null;
        foreach (var label in labels)
        {
            foreach (var id in reader.FindNodes(label, key, wanted) ?? [])
            {
                if (seen is null || seen.Add(id)) yield return id;
            }
        }
    }

    private IEnumerable<long> ScanAll(QueryContext context, object wanted)
    {
        foreach (var id in context.Reader.AllNodeIds())
        {
            context.Tick();
            if (CypherComparer.Equal(context.Reader.GetNodeProperty(id, key), wanted) == true) yield return id;
        }
    }

    public override string Describe() => $"NodeAnyLabelIndexSeek({variable}({key}))";
}
