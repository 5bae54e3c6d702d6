using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Server.Options;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Security;

/// <summary>The two keys of the API: <c>X-Api-Key</c> for writes, <c>X-Admin-Key</c> for writing Cypher.</summary>
public sealed class ApiKeys(IOptions<GraphExplorerOptions> options)
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const string AdminKeyHeader = "X-Admin-Key";

    private readonly GraphExplorerOptions _options = options.Value;

    /// <summary>True when no API key is configured, or the request carries it.</summary>
    public bool MayWrite(HttpRequest request) => Matches(_options.ApiKey, request.Headers[ApiKeyHeader]);

    /// <summary>Whether the request carries an admin key at all, and whether it is the configured one.</summary>
    public AdminAccess Admin(HttpRequest request)
    {
        if (!request.Headers.ContainsKey(AdminKeyHeader)) return AdminAccess.None;
        return !string.IsNullOrEmpty(_options.AdminKey) && Matches(_options.AdminKey, request.Headers[AdminKeyHeader])
            ? AdminAccess.Granted
            : AdminAccess.Refused;
    }

    private static bool Matches(string? expected, string? given)
    {
        if (string.IsNullOrEmpty(expected)) return true;
        if (string.IsNullOrEmpty(given)) return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));
    }
}
