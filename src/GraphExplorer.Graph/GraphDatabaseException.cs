namespace GraphExplorer.Graph;

/// <summary>
/// Every error the database reports to a client: a Neo4j status code, and for query errors the phase,
/// the TCK's detail name (e.g. "UndefinedVariable") and the position in the query text.
/// </summary>
public class GraphDatabaseException : Exception
{
    public GraphDatabaseException(string statusCode, string message, string? detail = null,
        ErrorPhase phase = ErrorPhase.Runtime, SourcePosition? position = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        Detail = detail;
        Phase = phase;
        Position = position;
    }

    public string StatusCode { get; }
    public string? Detail { get; }
    public ErrorPhase Phase { get; }
    public SourcePosition? Position { get; }

    public bool IsClientError => StatusCode.StartsWith("Neo.ClientError.", StringComparison.Ordinal);
}
