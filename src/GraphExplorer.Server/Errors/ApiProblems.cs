using GraphExplorer.Graph;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GraphExplorer.Server.Errors;

/// <summary>
/// Problem details as the API writes them (RFC 7807), always with <c>code</c> (the Neo4j status code, or null)
/// and <c>position</c> (where in a query the error is, or null).
/// </summary>
public static class ApiProblems
{
    public static ProblemDetails Create(int status, string title, string? detail, string? code = null, SourcePosition? position = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        problem.Extensions["position"] = position is { } p ? new { offset = p.Offset, line = p.Line, column = p.Column } : null;
        return problem;
    }

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(Create(StatusCodes.Status404NotFound, "Not found", detail));

    public static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(Create(StatusCodes.Status401Unauthorized, "Unauthorized",
            "Writes need the API key in the X-Api-Key header."));

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(Create(StatusCodes.Status403Forbidden, "Forbidden", detail));

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(Create(StatusCodes.Status400BadRequest, "Bad request", detail));
}
