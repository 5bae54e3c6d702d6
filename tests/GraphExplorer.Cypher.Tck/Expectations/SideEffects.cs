namespace GraphExplorer.Cypher.Tck.Expectations;

/// <summary>
/// The TCK's side effects: how many nodes, relationships, labels in use and property entries
/// (entity, key, value) appeared (+) or disappeared (-). Overwriting a property counts +1 and -1.
/// </summary>
public sealed record SideEffects(int NodesAdded, int NodesRemoved, int RelationshipsAdded, int RelationshipsRemoved,
    int LabelsAdded, int LabelsRemoved, int PropertiesAdded, int PropertiesRemoved)
{
    public static SideEffects None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Reads a "the side effects should be:" table; names it does not list are zero.</summary>
    public static SideEffects FromTable(IReadOnlyList<IReadOnlyList<string>> table)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table)
        {
            if (row.Count != 2 || !int.TryParse(row[1], out var count))
                throw new InvalidDataException($"bad side effect row | {string.Join(" | ", row)} |");
            counts[row[0].Trim()] = count;
        }
        var known = new[] { "+nodes", "-nodes", "+relationships", "-relationships", "+labels", "-labels", "+properties", "-properties" };
        var unknown = counts.Keys.Except(known).ToList();
        if (unknown.Count > 0) throw new InvalidDataException($"unknown side effect {string.Join(", ", unknown)}");
        int Get(string name) => counts.GetValueOrDefault(name);
        return new SideEffects(Get("+nodes"), Get("-nodes"), Get("+relationships"), Get("-relationships"),
            Get("+labels"), Get("-labels"), Get("+properties"), Get("-properties"));
    }

    public static SideEffects Between(GraphState before, GraphState after) => new(
        after.Nodes.Except(before.Nodes).Count(), before.Nodes.Except(after.Nodes).Count(),
        after.Relationships.Except(before.Relationships).Count(), before.Relationships.Except(after.Relationships).Count(),
        after.Labels.Except(before.Labels).Count(), before.Labels.Except(after.Labels).Count(),
        after.Properties.Except(before.Properties).Count(), before.Properties.Except(after.Properties).Count());

    public override string ToString() =>
        $"+nodes {NodesAdded}, -nodes {NodesRemoved}, +relationships {RelationshipsAdded}, -relationships {RelationshipsRemoved}, "
        + $"+labels {LabelsAdded}, -labels {LabelsRemoved}, +properties {PropertiesAdded}, -properties {PropertiesRemoved}";
}
