using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// Creates the nodes, then the relationships, of CREATE patterns (and of a MERGE that found nothing) into a row.
/// For MERGE a null property value is an error, as in Neo4j: the created entity could never match its own pattern.
/// </summary>
public sealed class CreatePattern(IReadOnlyList<CreateNodeSpec> nodes, IReadOnlyList<CreateRelationshipSpec> relationships,
    IReadOnlyList<(int Slot, int[] Nodes, int[] Relationships)> paths, bool forMerge = false)
{
    public void Apply(object?[] row, QueryContext context)
    {
        var writer = context.Writer;
        foreach (var node in nodes)
        {
            if (node.Bound)
            {
                if (row[node.Slot] is not NodeRef)
                    throw new GraphDatabaseException(StatusCodes.SemanticError, "Cannot create a relationship to a node that is null", "CreateNullNode");
                continue;
            }
            var properties = Properties(node.Properties, row, context, "node");
            var id = writer.CreateNode(node.Labels, properties);
            context.Stats.NodesCreated++;
            context.Stats.LabelsAdded += node.Labels.Distinct().Count();
            context.Stats.PropertiesSet += properties.Count;
            row[node.Slot] = new NodeRef(id);
        }
        foreach (var relationship in relationships)
        {
            if (row[relationship.StartSlot] is not NodeRef start || row[relationship.EndSlot] is not NodeRef end)
                throw new GraphDatabaseException(StatusCodes.SemanticError, "Cannot create a relationship to a node that is null", "CreateNullNode");
            var properties = Properties(relationship.Properties, row, context, "relationship");
            var id = writer.CreateRelationship(ValueAccess.CheckNode(start, context), ValueAccess.CheckNode(end, context), relationship.Type, properties);
            context.Stats.RelationshipsCreated++;
            context.Stats.PropertiesSet += properties.Count;
            row[relationship.Slot] = new RelationshipRef(id, relationship.Type, start.Id, end.Id);
        }
        foreach (var (slot, nodeSlots, relationshipSlots) in paths) row[slot] = PathBuild.Build(row, nodeSlots, relationshipSlots);
    }

    private Dictionary<string, object?> Properties(Evaluator? evaluator, object?[] row, QueryContext context, string entity)
    {
        var result = new Dictionary<string, object?>();
        if (evaluator is null) return result;
        foreach (var (key, value) in PropertyValues.MapOf(evaluator(row, context), context))
        {
            if (value is not null) result[key] = PropertyValues.Check(value);
            else if (forMerge)
                throw new GraphDatabaseException(StatusCodes.SemanticError,
                    $"Cannot merge the following {entity} because of null property value for '{key}'", "MergeReadOwnWrites");
        }
        return result;
    }
}
