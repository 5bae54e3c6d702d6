namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>An exclusive lock on a store directory for the life of the process's store (released by the OS if the process dies).</summary>
internal sealed class StoreLock : IDisposable
{
    private readonly FileStream _file;

    private StoreLock(FileStream file) => _file = file;

    public static StoreLock Acquire(string directory)
    {
        var path = Path.Combine(directory, "graph.lock");
        try
        {
            return new StoreLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new GraphDatabaseException(StatusCodes.DatabaseUnavailable,
                $"The store in {directory} is already open in another process or store instance ({path} is locked).", inner: e);
        }
    }

    public void Dispose() => _file.Dispose();
}
