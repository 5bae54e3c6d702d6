namespace GraphExplorer.Cypher.Semantics;

/// <summary>What a variable is known to hold, for the VariableTypeConflict check.</summary>
public enum VariableKind
{
    Value,
    Node,
    Relationship,
    RelationshipList,
    Path,
}
