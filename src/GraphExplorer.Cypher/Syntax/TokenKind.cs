namespace GraphExplorer.Cypher.Syntax;

/// <summary>The kinds of lexical tokens; keywords are identifiers, recognised by the parser.</summary>
public enum TokenKind
{
    Identifier,
    QuotedIdentifier,
    Integer,
    Float,
    String,
    Parameter,
    Symbol,
    End,
}
