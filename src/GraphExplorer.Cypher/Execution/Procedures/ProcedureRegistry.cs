namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>The procedures Neo4j tools call on connect.</summary>
public static class ProcedureRegistry
{
    private static readonly Dictionary<string, ProcedureDefinition> Procedures = new ProcedureDefinition[]
    {
        new("db.labels", [], ["label"], (_, c) => c.Reader.Labels.Order(StringComparer.Ordinal).Select(l => new object?[] { l })),
        new("db.relationshipTypes", [], ["relationshipType"],
            (_, c) => c.Reader.RelationshipTypes.Order(StringComparer.Ordinal).Select(t => new object?[] { t })),
        new("db.propertyKeys", [], ["propertyKey"], (_, c) => c.Reader.PropertyKeys.Order(StringComparer.Ordinal).Select(k => new object?[] { k })),
        new("dbms.components", [], ["name", "versions", "edition"],
            (_, _) => [["Neo4j Kernel", new List<object?> { "5.26.0" }, "community"]]),
    }.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string name, out ProcedureDefinition procedure) => Procedures.TryGetValue(name, out procedure!);
}
