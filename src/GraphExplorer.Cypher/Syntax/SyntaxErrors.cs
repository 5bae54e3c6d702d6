using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Builds compile-time errors with a position computed from the query text.</summary>
public static class SyntaxErrors
{
    public static GraphDatabaseException At(string text, int offset, string message, string detail = "UnexpectedSyntax",
        string status = StatusCodes.SyntaxError)
    {
        var position = PositionOf(text, offset);
        return new GraphDatabaseException(status, $"{message} ({position})", detail, ErrorPhase.CompileTime, position);
    }

    public static SourcePosition PositionOf(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        int line = 1, column = 1;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return new SourcePosition(offset, line, column);
    }
}
