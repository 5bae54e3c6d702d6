using GraphExplorer.Graph;
using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>DELETE and DETACH DELETE of nodes, relationships and paths; connected nodes are checked at commit.</summary>
public sealed class Delete(Evaluator[] targets, bool detach, string description) : Operator
{
    public override IEnumerable<object?[]> Apply(IEnumerable<object?[]> input, QueryContext context)
    {
        foreach (var row in input)
        {
            context.Tick();
            foreach (var target in targets) Remove(target(row, context), context);
            yield return row;
        }
    }

    private void Remove(object? value, QueryContext context)
    {
        switch (value)
        {
            case null: return;
            case NodeRef node: RemoveNode(node.Id, context); return;
            case RelationshipRef relationship: RemoveRelationship(relationship.Id, context); return;
            case PathValue path:
                foreach (var relationship in path.Relationships) RemoveRelationship(relationship.Id, context);
                foreach (var node in path.Nodes) RemoveNode(node, context);
                return;
            default:
                throw new GraphDatabaseException(StatusCodes.TypeError, $"Cannot delete a {CypherTypeError.TypeName(value)}", "InvalidArgumentType");
        }
    }

    private void RemoveNode(long id, QueryContext context)
    {
        if (context.DeletedNodes.Contains(id)) return;
        var writer = context.Writer;
        if (detach)
        {
            foreach (var entry in writer.RelationshipsOf(id, Direction.Both).ToList()) RemoveRelationship(entry.RelationshipId, context);
        }
        writer.DeleteNode(id);
        context.DeletedNodes.Add(id);
        context.Stats.NodesDeleted++;
    }

    private static void RemoveRelationship(long id, QueryContext context)
    {
        if (context.DeletedRelationships.Contains(id)) return;
        context.Writer.DeleteRelationship(id);
        context.DeletedRelationships.Add(id);
        context.Stats.RelationshipsDeleted++;
    }

    public override string Describe() => (detach ? "DetachDelete(" : "Delete(") + description + ")";
}
