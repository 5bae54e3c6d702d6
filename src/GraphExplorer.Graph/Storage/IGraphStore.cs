namespace GraphExplorer.Graph.Storage;

/// <summary>The property-graph store under the Cypher engine.</summary>
public interface IGraphStore : IDisposable
{
    IReadTransaction BeginRead();

    /// <summary>Waits until no other write transaction is open (or the token is cancelled), then opens one.</summary>
    IWriteTransaction BeginWrite(CancellationToken cancellation = default);
}
