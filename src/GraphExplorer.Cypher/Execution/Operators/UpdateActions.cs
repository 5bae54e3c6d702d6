using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>Builds the compiled SET and REMOVE items.</summary>
public static class UpdateActions
{
    public static UpdateAction SetProperty(Evaluator target, string key, Evaluator value) => (row, context) =>
    {
        var entity = target(row, context);
        if (entity is null) return;
        var newValue = PropertyValues.Check(value(row, context));
        Write(entity, key, newValue, context);
    };

    public static UpdateAction SetAll(Evaluator target, Evaluator value, bool merge) => (row, context) =>
    {
        var entity = target(row, context);
        if (entity is null) return;
        if (entity is not (NodeRef or RelationshipRef))
            throw CypherTypeError.InvalidArgument($"Cannot set properties on a {CypherTypeError.TypeName(entity)}");
        var map = new Dictionary<string, object?>(PropertyValues.MapOf(value(row, context), context));
        if (!merge)
        {
            var existing = entity is NodeRef n
                ? context.Reader.NodeProperties(ValueAccess.CheckNode(n, context))
                : context.Reader.RelationshipProperties(ValueAccess.CheckRelationship((RelationshipRef)entity, context));
            foreach (var key in existing.Keys.ToList())
                if (!map.ContainsKey(key)) Write(entity, key, null, context);
        }
        foreach (var (key, item) in map) Write(entity, key, PropertyValues.Check(item), context);
    };

    public static UpdateAction SetLabels(int slot, IReadOnlyList<string> labels) => (row, context) =>
    {
        if (row[slot] is not NodeRef node) return;
        foreach (var label in labels)
            if (context.Writer.AddLabel(ValueAccess.CheckNode(node, context), label)) context.Stats.LabelsAdded++;
    };

    public static UpdateAction RemoveLabels(int slot, IReadOnlyList<string> labels) => (row, context) =>
    {
        if (row[slot] is not NodeRef node) return;
        foreach (var label in labels)
            if (context.Writer.RemoveLabel(ValueAccess.CheckNode(node, context), label)) context.Stats.LabelsRemoved++;
    };

    public static UpdateAction RemoveProperty(Evaluator target, string key) => (row, context) =>
    {
        var entity = target(row, context);
        if (entity is null) return;
        Write(entity, key, null, context);
    };

    private static void Write(object entity, string key, object? value, QueryContext context)
    {
        switch (entity)
        {
            case NodeRef node:
                context.Writer.SetNodeProperty(ValueAccess.CheckNode(node, context), key, value);
                break;
            case RelationshipRef relationship:
                context.Writer.SetRelationshipProperty(ValueAccess.CheckRelationship(relationship, context), key, value);
                break;
            default:
                throw new GraphDatabaseException(StatusCodes.TypeError, $"Cannot set a property on a {CypherTypeError.TypeName(entity)}",
                    "InvalidArgumentType");
        }
        context.Stats.PropertiesSet++;
    }
}
