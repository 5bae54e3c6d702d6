using GraphExplorer.Graph;
using GraphExplorer.Server.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace GraphExplorer.Server.Tests.Errors;

public class ApiExceptionHandlerTests
{
    private static async Task<(int Status, JObject Body)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new ApiExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<ApiExceptionHandler>.Instance);
        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, JObject.Parse(await new StreamReader(context.Response.Body).ReadToEndAsync()));
    }

    [Fact]
    public async Task UnexpectedErrorsAreAnsweredWithoutTheirMessageOrStackTrace()
    {
        Exception thrown;
        try { throw new InvalidOperationException("secret connection string"); }
        catch (InvalidOperationException e) { thrown = e; }
        var (status, body) = await HandleAsync(thrown);
        Assert.Equal(500, status);
        Assert.DoesNotContain("secret", body.ToString());
        Assert.DoesNotContain(nameof(UnexpectedErrorsAreAnsweredWithoutTheirMessageOrStackTrace), body.ToString());
    }

    [Fact]
    public async Task SyntaxErrorsCarryTheirCodeAndPosition()
    {
        var (status, body) = await HandleAsync(new GraphDatabaseException(GraphExplorer.Graph.StatusCodes.SyntaxError, "Invalid input 'RETRUN'",
            "InvalidInput", ErrorPhase.CompileTime, new SourcePosition(9, 1, 10)));
        Assert.Equal(400, status);
        Assert.Equal(GraphExplorer.Graph.StatusCodes.SyntaxError, (string?)body["code"]);
        Assert.Equal(10, (int)body["position"]!["column"]!);
        Assert.Equal(9, (int)body["position"]!["offset"]!);
    }

    [Fact]
    public async Task AccessModeErrorsAreForbidden()
    {
        var (status, body) = await HandleAsync(new GraphDatabaseException(GraphExplorer.Graph.StatusCodes.ForbiddenOnReadOnlyDatabase, "Writing in read access mode not allowed."));
        Assert.Equal(403, status);
        Assert.Equal(GraphExplorer.Graph.StatusCodes.ForbiddenOnReadOnlyDatabase, (string?)body["code"]);
    }

    [Fact]
    public async Task DatabaseFailuresKeepTheirCodeButNotTheirMessage()
    {
        var (status, body) = await HandleAsync(new GraphDatabaseException(GraphExplorer.Graph.StatusCodes.StorageDamaged, "checksum mismatch at /var/data/x"));
        Assert.Equal(500, status);
        Assert.Equal(GraphExplorer.Graph.StatusCodes.StorageDamaged, (string?)body["code"]);
        Assert.DoesNotContain("/var/data", body.ToString());
    }
}
