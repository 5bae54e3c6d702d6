namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>A reader over one published, never-changing <see cref="GraphState"/>; opening and reading take no locks.</summary>
internal sealed class ReadTransaction(GraphState state) : GraphReader(state), IReadTransaction
{
    private bool _closed;

    protected override void EnsureOpen()
    {
        if (_closed) throw new GraphDatabaseException(StatusCodes.TransactionClosed, "The transaction has been closed.");
    }

    public void Dispose() => _closed = true;
}
