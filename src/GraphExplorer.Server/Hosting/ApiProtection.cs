using System.Threading.RateLimiting;
using GraphExplorer.Server.Endpoints;
using GraphExplorer.Server.Errors;
using GraphExplorer.Server.Options;
using GraphExplorer.Server.Security;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Hosting;

/// <summary>
/// What keeps the server safe to leave running: localhost unless configured, API keys, CORS closed unless
/// origins are configured, request size limits, rate limiting of the Cypher console, problem details for errors.
/// </summary>
public static class ApiProtection
{
    public static IServiceCollection AddApiProtection(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<RequireApiKeyFilter>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<GraphExplorerOptions>>((cors, options) =>
        {
            if (options.Value.CorsOrigins.Length > 0)
                cors.AddDefaultPolicy(policy => policy.WithOrigins(options.Value.CorsOrigins).AllowAnyHeader().AllowAnyMethod().AllowCredentials());
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(CypherEndpoints.RateLimitPolicy, context =>
            {
                var cypher = context.RequestServices.GetRequiredService<IOptions<CypherOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = cypher.RateLimitPermits, Window = cypher.RateLimitWindow });
            });
        });
        return services;
    }

    public static IServiceCollection AddApiErrors(this IServiceCollection services)
    {
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            // Every problem carries code and position, null when there is none, as the API contract says.
            context.ProblemDetails.Extensions.TryAdd("code", null);
            context.ProblemDetails.Extensions.TryAdd("position", null);
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }
}
