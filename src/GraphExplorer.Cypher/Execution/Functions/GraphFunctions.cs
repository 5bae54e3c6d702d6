using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution.Functions;

/// <summary>Functions on nodes, relationships and paths.</summary>
public static class GraphFunctions
{
    public static void Register(Registrar add)
    {
        add("id", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            NodeRef n => n.Id,
            RelationshipRef r => r.Id,
            var v => throw Invalid("id", v),
        });
        add("elementId", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            NodeRef n => ElementIds.ForNode(n.Id),
            RelationshipRef r => ElementIds.ForRelationship(r.Id),
            var v => throw Invalid("elementId", v),
        });
        add("labels", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            NodeRef n => new List<object?>(c.Reader.LabelsOf(ValueAccess.CheckNode(n, c))),
            var v => throw Invalid("labels", v),
        });
        add("type", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            RelationshipRef r => r.Type,
            var v => throw Invalid("type", v),
        });
        add("properties", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            NodeRef n => new Dictionary<string, object?>(c.Reader.NodeProperties(ValueAccess.CheckNode(n, c))),
            RelationshipRef r => new Dictionary<string, object?>(c.Reader.RelationshipProperties(ValueAccess.CheckRelationship(r, c))),
            IReadOnlyDictionary<string, object?> m => m,
            var v => throw Invalid("properties", v),
        });
        add("keys", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            NodeRef n => new List<object?>(c.Reader.NodeProperties(ValueAccess.CheckNode(n, c)).Keys),
            RelationshipRef r => new List<object?>(c.Reader.RelationshipProperties(ValueAccess.CheckRelationship(r, c)).Keys),
            IReadOnlyDictionary<string, object?> m => new List<object?>(m.Keys),
            var v => throw Invalid("keys", v),
        });
        add("nodes", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            PathValue p => p.Nodes.Select(id => (object?)new NodeRef(id)).ToList(),
            var v => throw Invalid("nodes", v),
        });
        add("relationships", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            PathValue p => p.Relationships.Cast<object?>().ToList(),
            var v => throw Invalid("relationships", v),
        });
        add("length", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            PathValue p => (long)p.Relationships.Length,
            var v => throw Invalid("length", v),
        });
        add("startNode", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            RelationshipRef r => new NodeRef(r.StartId),
            var v => throw Invalid("startNode", v),
        });
        add("endNode", 1, 1, (a, c) => a[0] switch
        {
            null => null,
            RelationshipRef r => new NodeRef(r.EndId),
            var v => throw Invalid("endNode", v),
        });
        add("exists", 1, 1, (a, c) => a[0] is not null);
        add("timestamp", 0, 0, (a, c) => new DateTimeOffset(c.StatementTime).ToUnixTimeMilliseconds());
    }

    public static Graph.GraphDatabaseException Invalid(string function, object? value) =>
        CypherTypeError.FunctionArgument($"{function}() does not accept a {CypherTypeError.TypeName(value)}");
}
