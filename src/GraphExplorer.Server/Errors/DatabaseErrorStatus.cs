using GraphExplorer.Graph;
using Codes = GraphExplorer.Graph.StatusCodes;

namespace GraphExplorer.Server.Errors;

/// <summary>The HTTP status for a Neo4j status code.</summary>
public static class DatabaseErrorStatus
{
    public static int For(GraphDatabaseException exception) => exception.StatusCode switch
    {
        Codes.ForbiddenOnReadOnlyDatabase => StatusCodes.Status403Forbidden,
        Codes.TransactionTerminated => StatusCodes.Status408RequestTimeout,
        Codes.EntityNotFound => StatusCodes.Status404NotFound,
        Codes.ConstraintValidationFailed or Codes.EquivalentSchemaRuleAlreadyExists => StatusCodes.Status409Conflict,
        var code when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => StatusCodes.Status400BadRequest,
        var code when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };
}
