using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>Compile-time errors found after parsing, named as the TCK names them.</summary>
public static class SemanticErrors
{
    private static readonly HashSet<string> TypeErrors = ["InvalidArgumentType"];

    public static GraphDatabaseException At(string text, int offset, string detail, string message)
    {
        var status = TypeErrors.Contains(detail) ? StatusCodes.TypeError
            : detail == "ParameterMissing" ? StatusCodes.ParameterMissing
            : detail == "ProcedureNotFound" ? StatusCodes.ProcedureNotFound
            : StatusCodes.SyntaxError;
        return SyntaxErrors.At(text, offset, message, detail, status);
    }
}
