using GraphExplorer.Cypher.Ast;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Runs the Neo4j 5 schema commands against the store.</summary>
public static class SchemaCommandRunner
{
    public static bool Writes(SchemaCommand command) =>
        command.Kind is not (SchemaCommandKind.ShowIndexes or SchemaCommandKind.ShowConstraints);

    public static MaterializedResult Run(SchemaCommand command, IGraphReader reader, IGraphWriter? writer)
    {
        var stats = new StatsCounter();
        switch (command.Kind)
        {
            case SchemaCommandKind.ShowIndexes:
                return new MaterializedResult(["name", "type", "entityType", "labelsOrTypes", "properties", "owningConstraint"],
                    reader.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => new object?[]
                    {
                        i.Name, "RANGE", "NODE", new List<object?> { i.Label }, new List<object?> { i.PropertyKey },
                        i.BacksConstraint ? i.Name : null,
                    }).ToList(), QueryKind.ReadOnly, QueryStats.None);
            case SchemaCommandKind.ShowConstraints:
                return new MaterializedResult(["name", "type", "entityType", "labelsOrTypes", "properties", "ownedIndex"],
                    reader.Constraints.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new object?[]
                    {
                        c.Name, "UNIQUENESS", "NODE", new List<object?> { c.Label }, new List<object?> { c.PropertyKey }, c.Name,
                    }).ToList(), QueryKind.ReadOnly, QueryStats.None);
        }
        if (writer is null) throw new GraphDatabaseException(StatusCodes.ForbiddenOnReadOnlyDatabase, "Schema commands need a write transaction.");
        switch (command.Kind)
        {
            case SchemaCommandKind.CreateIndex:
                if (writer.CreateIndex(command.Name, command.Label!, command.PropertyKey!, command.IfExistsOption) is not null) stats.IndexesAdded++;
                break;
            case SchemaCommandKind.CreateConstraint:
                if (writer.CreateUniqueConstraint(command.Name, command.Label!, command.PropertyKey!, command.IfExistsOption) is not null)
                    stats.ConstraintsAdded++;
                break;
            case SchemaCommandKind.DropIndex:
                if (writer.DropIndex(command.Name!, command.IfExistsOption)) stats.IndexesRemoved++;
                break;
            case SchemaCommandKind.DropConstraint:
                if (writer.DropConstraint(command.Name!, command.IfExistsOption)) stats.ConstraintsRemoved++;
                break;
        }
        return new MaterializedResult([], [], QueryKind.Schema, stats.ToStats());
    }
}
