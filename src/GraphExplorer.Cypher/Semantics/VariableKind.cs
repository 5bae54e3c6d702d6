namespace GraphExplorer.Cypher.Semantics;

/// <summary>What a variable or expression is statically known to hold; Value means unknown.</summary>
public enum VariableKind
{
    Value,
    Node,
    Relationship,
    RelationshipList,
    Path,
    Boolean,
    Integer,
    Float,
    String,
    List,
    Map,
}
