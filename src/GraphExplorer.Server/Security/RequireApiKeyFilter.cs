using GraphExplorer.Server.Errors;

namespace GraphExplorer.Server.Security;

/// <summary>Guards a writing endpoint: without the configured API key the answer is 401 and nothing runs.</summary>
public sealed class RequireApiKeyFilter(ApiKeys keys) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        keys.MayWrite(context.HttpContext.Request) ? await next(context) : ApiProblems.Unauthorized();
}
