namespace GraphExplorer.Graph.Storage;

/// <summary>The single open write transaction of a store. Dispose without commit rolls back.</summary>
public interface IWriteTransaction : IGraphWriter, IDisposable
{
    /// <summary>Validates deletions, appends the changes to the log, fsyncs, then publishes them to new readers.</summary>
    void Commit();

    void Rollback();
}
