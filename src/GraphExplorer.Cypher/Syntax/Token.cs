namespace GraphExplorer.Cypher.Syntax;

/// <summary>One token: its kind, its text (unescaped for strings and quoted names) and where it starts.</summary>
public readonly record struct Token(TokenKind Kind, string Text, int Offset, int End)
{
    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
