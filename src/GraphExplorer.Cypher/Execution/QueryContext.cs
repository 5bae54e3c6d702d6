using GraphExplorer.Graph;
using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Cypher.Execution;

/// <summary>The per-run state handed to every operator and evaluator: the transaction, parameters, counters, cancellation.</summary>
public sealed class QueryContext(IGraphReader reader, IGraphWriter? writer, IReadOnlyDictionary<string, object?> parameters,
    int rowWidth, CancellationToken cancellation)
{
    private int _ticks;
    private DateTime? _statementTime;

    public IGraphReader Reader { get; } = reader;
    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;
    public int RowWidth { get; } = rowWidth;
    public CancellationToken Cancellation { get; } = cancellation;
    public StatsCounter Stats { get; } = new();
    public HashSet<long> DeletedNodes { get; } = [];
    public HashSet<long> DeletedRelationships { get; } = [];
    public Random Random { get; } = new();

    /// <summary>The statement's clock in UTC, read once so that every date(), time(), datetime() ... of a statement agree.</summary>
    public DateTime StatementTime => _statementTime ??= DateTime.UtcNow;

    public IGraphWriter Writer => writer
        ?? throw new GraphDatabaseException(StatusCodes.ForbiddenOnReadOnlyDatabase, "Writing in a read-only transaction is not allowed.");

    public object?[] NewRow() => new object?[RowWidth];

    /// <summary>Called in operator loops; checks the token every so often so that a long query stops soon after cancellation.</summary>
    public void Tick()
    {
        if ((++_ticks & 1023) == 0 && Cancellation.IsCancellationRequested)
            throw new GraphDatabaseException(StatusCodes.TransactionTerminated, "The query was cancelled.");
    }
}
