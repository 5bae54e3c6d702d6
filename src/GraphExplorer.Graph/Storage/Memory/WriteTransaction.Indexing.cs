namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>Upkeep of the write transaction's label bitmaps, property indexes, key counts and uniqueness checks.</summary>
internal sealed partial class WriteTransaction
{
    private void CountKey(string key, int delta)
    {
        if (delta != 0) State.PropertyKeyCounts[key] = State.PropertyKeyCounts.GetValueOrDefault(key) + delta;
    }

    private static void IndexAdd(PropertyIndex? index, object? value, long nodeId)
    {
        if (index is not null && IndexKey.Of(value) is { } key) index.Add(key, nodeId);
    }

    private static void IndexRemove(PropertyIndex? index, object? value, long nodeId)
    {
        if (index is not null && IndexKey.Of(value) is { } key) index.Remove(key, nodeId);
    }

    private LabelIndex LabelIndexForWrite(string label)
    {
        if (!State.LabelIndexes.TryGetValue(label, out var index)) State.LabelIndexes[label] = index = new LabelIndex(Serial);
        else if (index.Owner != Serial) State.LabelIndexes[label] = index = index.CloneFor(Serial);
        return index;
    }

    private PropertyIndex? IndexForWrite(string label, string key)
    {
        for (var i = 0; i < State.Indexes.Count; i++)
        {
            var index = State.Indexes[i];
            if (!string.Equals(index.Label, label, StringComparison.Ordinal) || !string.Equals(index.Key, key, StringComparison.Ordinal)) continue;
            if (index.Owner != Serial) State.Indexes[i] = index = index.CloneFor(Serial);
            return index;
        }
        return null;
    }

    private void CheckUnique(string label, string key, object? value, long nodeId)
    {
        if (State.Constraints.Count == 0 || IndexKey.Of(value) is not { } indexKey) return;
        foreach (var constraint in State.Constraints)
        {
            if (!string.Equals(constraint.Label, label, StringComparison.Ordinal) || !string.Equals(constraint.PropertyKey, key, StringComparison.Ordinal)) continue;
            var other = State.IndexFor(label, key)!.OtherThan(indexKey, nodeId);
            if (other >= 0)
                throw new GraphDatabaseException(StatusCodes.ConstraintValidationFailed,
                    $"Node({other}) already exists with label `{label}` and property `{key}` = {Describe(value)}", "ConstraintValidationFailed");
        }
    }

    private static string Describe(object? value) => value is string s ? $"'{s}'" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
