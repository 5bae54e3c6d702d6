namespace GraphExplorer.Cypher.Ast;

/// <summary>Which way a relationship pattern points, left to right.</summary>
public enum RelationshipDirection
{
    Outgoing,
    Incoming,
    Both,
}
