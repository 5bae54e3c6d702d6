using GraphExplorer.Graph;
using GraphExplorer.Importer;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace GraphExplorer.Server.Errors;

/// <summary>
/// The one place where exceptions become answers: problem details with the Neo4j status code and query
/// position when there is one. Messages of client errors are shown; server errors are logged and answered
/// with a generic message, so no stack trace or internal detail leaves the server.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(httpContext, exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Request {Method} {Path} failed", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    private static ProblemDetails ToProblem(HttpContext httpContext, Exception exception) => exception switch
    {
        GraphDatabaseException e when DatabaseErrorStatus.For(e) is var status && status < 500 =>
            ApiProblems.Create(status, TitleOf(e), e.Message, e.StatusCode, e.Position),
        GraphDatabaseException e =>
            ApiProblems.Create(DatabaseErrorStatus.For(e), "Database error", "The database could not complete the request.", e.StatusCode),
        BriefRejectedException e =>
            ApiProblems.Create(StatusCodes.Status400BadRequest, "Brief rejected", e.Message),
        BadHttpRequestException e =>
            ApiProblems.Create(e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Payload too large" : "Bad request", e.Message),
        OperationCanceledException when !httpContext.RequestAborted.IsCancellationRequested =>
            ApiProblems.Create(StatusCodes.Status408RequestTimeout, "Timed out", "The request took longer than allowed and was cancelled.",
                GraphExplorer.Graph.StatusCodes.TransactionTerminated),
        _ => ApiProblems.Create(StatusCodes.Status500InternalServerError, "Internal server error", "An unexpected error occurred."),
    };

    private static string TitleOf(GraphDatabaseException exception) => exception.Detail ?? exception.StatusCode.Split('.')[^1];
}
