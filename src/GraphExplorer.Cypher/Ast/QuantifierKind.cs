namespace GraphExplorer.Cypher.Ast;

/// <summary>The list predicates.</summary>
public enum QuantifierKind
{
    Any,
    All,
    None,
    Single,
}
