using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>Compile-time errors found after parsing, named as the TCK names them.</summary>
public static class SemanticErrors
{
    public static GraphDatabaseException At(string text, int offset, string detail, string message, string? statusCode = null)
    {
        var status = statusCode is not null ? statusCode
            : detail == "ParameterMissing" ? StatusCodes.ParameterMissing
            : detail == "ProcedureNotFound" ? StatusCodes.ProcedureNotFound
            : StatusCodes.SyntaxError;
        return SyntaxErrors.At(text, offset, message, detail, status);
    }
}
